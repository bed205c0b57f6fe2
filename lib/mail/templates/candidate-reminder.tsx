import type { CandidateMailProps } from "../candidate-mail-props";
import type { MailLocale } from "../mail-kinds";
import { describeDuration, formatDeadline } from "./candidate-mail-facts";
import { CandidateMailLayout } from "./candidate-mail-layout";
import type { MailTemplate } from "./mail-template";

const copy = {
  en: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `Reminder: your interview with ${props.companyName} closes on ${deadline}`,
    heading: `Your interview for ${props.positionTitle} is waiting`,
    paragraphs: [
      `Hello ${props.candidateName}, this is a reminder that ${props.companyName}'s interview for ${props.positionTitle} is open until ${deadline}.`,
      duration,
    ],
    actionLabel: "Start the interview",
    optOutLabel: "No more reminders about this interview",
  }),
  ko: (props: CandidateMailProps, deadline: string, duration: string) => ({
    subject: `[알림] ${props.companyName} 면접 마감: ${deadline}`,
    heading: `${props.positionTitle} 면접이 기다리고 있습니다`,
    paragraphs: [
      `${props.candidateName}님, ${props.companyName}의 ${props.positionTitle} 면접은 ${deadline}까지 참여하실 수 있습니다.`,
      duration,
    ],
    actionLabel: "면접 시작하기",
    optOutLabel: "이 면접에 대한 알림 그만 받기",
  }),
} satisfies Record<MailLocale, unknown>;

/** A reminder repeats the link and the deadline; the consent facts stay in the invitation. */
export const candidateReminderTemplate: MailTemplate<"candidate-reminder"> = ({
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
        preview={text.paragraphs[0] ?? ""}
        companyName={props.companyName}
        logoUrl={props.logoUrl}
        accentColor={props.accentColor}
        heading={text.heading}
        paragraphs={text.paragraphs}
        facts={[]}
        actionLabel={text.actionLabel}
        link={props.link}
        optOut={{ label: text.optOutLabel, link: props.optOutLink }}
      />
    ),
  };
};
