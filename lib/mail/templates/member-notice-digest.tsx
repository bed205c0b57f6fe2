import { Link, Text } from "@react-email/components";
import type { MailLocale, MailProps } from "../mail-kinds";
import { ActionButton } from "./mail-action";
import { MailFrame } from "./mail-frame";
import { appAccentColor, smallTextStyle } from "./mail-styles";
import type { MailTemplate } from "./mail-template";
import { noticeLabels } from "./notice-labels";

type Props = MailProps<"member-notice-digest">;

const copy = {
  en: (props: Props) => ({
    subject: `${props.notices.length} update${props.notices.length === 1 ? "" : "s"} in ${props.workspaceName}`,
    intro: `Since the last digest, in ${props.workspaceName}:`,
    actionLabel: "Open the dashboard",
    note: "You get one digest a day. Choose one mail each, a daily digest or none under Settings → Notifications.",
  }),
  ko: (props: Props) => ({
    subject: `${props.workspaceName} 새 소식 ${props.notices.length}건`,
    intro: `지난 요약 이후 ${props.workspaceName}에서:`,
    actionLabel: "대시보드 열기",
    note: "요약은 하루에 한 번 보내집니다. 설정 → 알림에서 건별 메일, 일일 요약 또는 받지 않기를 고를 수 있습니다.",
  }),
} satisfies Record<MailLocale, unknown>;

/** One line per notice, each with its own link: position and what happened, no candidate names. */
export const memberNoticeDigestTemplate: MailTemplate<"member-notice-digest"> = ({
  locale,
  props,
}) => {
  const text = copy[locale](props);
  return {
    subject: text.subject,
    element: (
      <MailFrame
        locale={locale}
        preview={text.intro}
        heading={text.subject}
        paragraphs={[text.intro]}
      >
        {props.notices.map((notice) => (
          <Text key={notice.link + notice.kind}>
            {`${noticeLabels[locale][notice.kind]}: ${notice.positionTitle} — `}
            <Link href={notice.link}>{notice.link}</Link>
          </Text>
        ))}
        <ActionButton link={props.link} label={text.actionLabel} color={appAccentColor} />
        <Text style={smallTextStyle}>{text.note}</Text>
      </MailFrame>
    ),
  };
};
