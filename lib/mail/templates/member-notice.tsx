import type { MailLocale, MailProps } from "../mail-kinds";
import { layoutMailTemplate } from "./mail-layout";
import { noticeLabels } from "./notice-labels";

type Props = MailProps<"member-notice">;

// No candidate name: a mailbox is read on phones and forwarded; the page behind the link checks access.
const copy = {
  en: (props: Props, what: string) => ({
    subject: `${what}: ${props.positionTitle}`,
    heading: what,
    paragraphs: [`${what} for an interview for ${props.positionTitle} in ${props.workspaceName}.`],
    actionLabel: "Open the interview",
    notes: [
      "You get this because you work on this position. Choose one mail each, a daily digest or none under Settings → Notifications.",
    ],
  }),
  ko: (props: Props, what: string) => ({
    subject: `${what}: ${props.positionTitle}`,
    heading: what,
    paragraphs: [`${props.workspaceName}의 ${props.positionTitle} 면접: ${what}.`],
    actionLabel: "면접 열기",
    notes: [
      "이 포지션을 담당하고 있어 이 메일을 받습니다. 설정 → 알림에서 건별 메일, 일일 요약 또는 받지 않기를 고를 수 있습니다.",
    ],
  }),
} satisfies Record<MailLocale, unknown>;

export const memberNoticeTemplate = layoutMailTemplate<"member-notice">({
  words: ({ locale, props }) => copy[locale](props, noticeLabels[locale][props.kind]),
  preview: (words) => words.paragraphs[0],
});
