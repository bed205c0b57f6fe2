import { Section, Text } from "@react-email/components";
import type { MailLocale, MailProps } from "../mail-kinds";
import { MailAction } from "./mail-action";
import { MailFrame } from "./mail-frame";
import { appAccentColor, smallTextStyle } from "./mail-styles";
import type { MailTemplate } from "./mail-template";

type Props = MailProps<"contest-answer">;

const copy = {
  en: (props: Props) => ({
    subject: `${props.companyName} answered your request about your interview`,
    heading: `An answer about your interview for ${props.positionTitle}`,
    intro: `Hello ${props.candidateName}, ${props.companyName} has answered the request you sent from the explanation of your result:`,
    action: "Open the explanation",
    note: "You can send another request from the same page.",
  }),
  ko: (props: Props) => ({
    subject: `${props.companyName}에서 면접 관련 요청에 답변했습니다`,
    heading: `${props.positionTitle} 면접에 대한 답변`,
    intro: `${props.candidateName}님, 결과 설명 페이지에서 보내신 요청에 ${props.companyName}에서 다음과 같이 답변했습니다:`,
    action: "결과 설명 열기",
    note: "같은 페이지에서 다시 요청을 보낼 수 있습니다.",
  }),
} satisfies Record<MailLocale, unknown>;

const quoteStyle = {
  borderLeft: `4px solid ${appAccentColor}`,
  margin: "16px 0",
  padding: "4px 12px",
  whiteSpace: "pre-wrap" as const,
};

export const contestAnswerTemplate: MailTemplate<"contest-answer"> = ({ locale, props }) => {
  const words = copy[locale](props);
  return {
    subject: words.subject,
    element: (
      <MailFrame
        locale={locale}
        preview={words.intro}
        heading={words.heading}
        paragraphs={[words.intro]}
      >
        <Section style={quoteStyle}>
          <Text>{props.answer}</Text>
        </Section>
        <MailAction locale={locale} link={props.link} label={words.action} color={appAccentColor} />
        <Text style={smallTextStyle}>{words.note}</Text>
      </MailFrame>
    ),
  };
};
