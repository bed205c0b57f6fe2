import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Link,
  Preview,
  Text,
} from "@react-email/components";
import type { MailLocale, MailProps } from "../mail-kinds";
import type { MailTemplate } from "./mail-template";
import { noticeLabels } from "./notice-labels";

type Props = MailProps<"member-notice-digest">;

const bodyStyle = { backgroundColor: "#ffffff", color: "#0f172a", fontFamily: "sans-serif" };
const containerStyle = { maxWidth: "560px", margin: "0 auto", padding: "24px" };
const buttonStyle = {
  backgroundColor: "#4338ca",
  borderRadius: "6px",
  color: "#ffffff",
  fontWeight: 600,
  padding: "12px 20px",
};
const smallStyle = { color: "#475569", fontSize: "13px", lineHeight: "20px" };

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
      <Html lang={locale} dir="ltr">
        <Head />
        <Preview>{text.intro}</Preview>
        <Body style={bodyStyle}>
          <Container style={containerStyle}>
            <Heading as="h1" style={{ fontSize: "22px" }}>
              {text.subject}
            </Heading>
            <Text>{text.intro}</Text>
            {props.notices.map((notice) => (
              <Text key={notice.link + notice.kind}>
                {`${noticeLabels[locale][notice.kind]}: ${notice.positionTitle} — `}
                <Link href={notice.link}>{notice.link}</Link>
              </Text>
            ))}
            <Button href={props.link} style={buttonStyle}>
              {text.actionLabel}
            </Button>
            <Text style={smallStyle}>{text.note}</Text>
          </Container>
        </Body>
      </Html>
    ),
  };
};
