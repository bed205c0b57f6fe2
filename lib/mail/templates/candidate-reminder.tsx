import type { CandidateMailProps } from "../candidate-mail-props";
import type { MailLocale } from "../mail-kinds";
import { candidateMailTemplate } from "./candidate-mail-layout";

const copy = {
  en: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `Reminder: your interview with ${props.companyName} closes on ${deadline}`,
    heading: `Your interview for ${props.positionTitle} is waiting`,
    paragraphs: [
      `Hello ${props.candidateName}, this is a reminder that ${props.companyName}'s interview for ${props.positionTitle} is open until ${deadline}.`,
      duration,
    ],
  }),
  ko: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `[알림] ${props.companyName} 면접 마감: ${deadline}`,
    heading: `${props.positionTitle} 면접이 기다리고 있습니다`,
    paragraphs: [
      `${props.candidateName}님, ${props.companyName}의 ${props.positionTitle} 면접은 ${deadline}까지 참여하실 수 있습니다.`,
      duration,
    ],
  }),
} satisfies Record<MailLocale, unknown>;

/** A reminder repeats the link and the deadline; the consent facts stay in the invitation. */
export const candidateReminderTemplate = candidateMailTemplate<"candidate-reminder">({
  copy,
  preview: (words) => words.paragraphs[0],
  facts: () => [],
});
