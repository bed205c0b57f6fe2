import type { CandidateMailProps } from "../candidate-mail-props";
import type { MailLocale } from "../mail-kinds";
import { consentFacts, describeDuration, formatDeadline } from "./candidate-mail-facts";
import { CandidateMailLayout } from "./candidate-mail-layout";
import type { MailTemplate } from "./mail-template";

const copy = {
  en: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `${props.companyName} invites you to an interview for ${props.positionTitle}`,
    heading: `Your interview for ${props.positionTitle}`,
    paragraphs: [
      `Hello ${props.candidateName}, ${props.companyName} invites you to a spoken interview for ${props.positionTitle}. You answer the questions in your own time, from your browser.`,
      `Take it before ${deadline}.`,
      duration,
    ],
    actionLabel: "Start the interview",
    optOutLabel: "No more reminders about this interview",
  }),
  ko: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `${props.companyName}에서 ${props.positionTitle} 면접에 초대합니다`,
    heading: `${props.positionTitle} 면접 안내`,
    paragraphs: [
      `${props.candidateName}님, 안녕하세요. ${props.companyName}에서 ${props.positionTitle} 포지션의 음성 면접에 초대합니다. 편한 시간에 브라우저에서 질문에 답변하시면 됩니다.`,
      `${deadline}까지 면접을 마쳐 주세요.`,
      duration,
    ],
    actionLabel: "면접 시작하기",
    optOutLabel: "이 면접에 대한 알림 그만 받기",
  }),
} satisfies Record<MailLocale, unknown>;

export const candidateInvitationTemplate: MailTemplate<"candidate-invitation"> = ({
  locale,
  props,
}) => {
  const text = copy[locale](
    props,
    formatDeadline(locale, props.deadline, props.timeZone),
    describeDuration(locale, props),
  );
  return {
    subject: text.subject,
    element: (
      <CandidateMailLayout
        locale={locale}
        preview={text.paragraphs[1] ?? ""}
        companyName={props.companyName}
        logoUrl={props.logoUrl}
        accentColor={props.accentColor}
        heading={text.heading}
        paragraphs={text.paragraphs}
        facts={consentFacts(locale, props)}
        actionLabel={text.actionLabel}
        link={props.link}
        optOut={{ label: text.optOutLabel, link: props.optOutLink }}
      />
    ),
  };
};
