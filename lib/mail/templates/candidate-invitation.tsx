import type { CandidateMailProps } from "../candidate-mail-props";
import type { MailLocale } from "../mail-kinds";
import { consentFacts } from "./candidate-mail-facts";
import { candidateMailTemplate } from "./candidate-mail-layout";

const copy = {
  en: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `${props.companyName} invites you to an interview for ${props.positionTitle}`,
    heading: `Your interview for ${props.positionTitle}`,
    paragraphs: [
      `Hello ${props.candidateName}, ${props.companyName} invites you to a spoken interview for ${props.positionTitle}. You answer the questions in your own time, from your browser.`,
      `Take it before ${deadline}.`,
      duration,
    ],
  }),
  ko: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `${props.companyName}에서 ${props.positionTitle} 면접에 초대합니다`,
    heading: `${props.positionTitle} 면접 안내`,
    paragraphs: [
      `${props.candidateName}님, 안녕하세요. ${props.companyName}에서 ${props.positionTitle} 포지션의 음성 면접에 초대합니다. 편한 시간에 브라우저에서 질문에 답변하시면 됩니다.`,
      `${deadline}까지 면접을 마쳐 주세요.`,
      duration,
    ],
  }),
} satisfies Record<MailLocale, unknown>;

export const candidateInvitationTemplate = candidateMailTemplate<"candidate-invitation">({
  copy,
  preview: (words) => words.paragraphs[1],
  // The AI notice first when the workspace sends it ahead (notice lead days), then consent's facts.
  facts: (locale, props) => [
    ...(props.aiNotice
      ? [{ term: props.aiNotice.title, detail: props.aiNotice.paragraphs.join("\n\n") }]
      : []),
    ...consentFacts(locale, props),
  ],
});
