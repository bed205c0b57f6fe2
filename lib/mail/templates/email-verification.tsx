import type { MailLocale, MailProps } from "../mail-kinds";
import { layoutMailTemplate } from "./mail-layout";

type Props = MailProps<"email-verification">;

const copy = {
  en: (props: Props) => ({
    subject: "Confirm your email address",
    heading: "Confirm your email address",
    paragraphs: [
      `Hello ${props.name},`,
      "Confirm that this address is yours to finish creating your account:",
    ],
    actionLabel: "Confirm my address",
    notes: ["If you did not create an account, ignore this message."],
  }),
  ko: (props: Props) => ({
    subject: "이메일 주소를 확인해 주세요",
    heading: "이메일 주소 확인",
    paragraphs: [
      `${props.name}님, 안녕하세요.`,
      "계정 만들기를 마치려면 이 주소가 본인의 것임을 확인해 주세요:",
    ],
    actionLabel: "주소 확인하기",
    notes: ["계정을 만든 적이 없다면 이 메일을 무시하세요."],
  }),
} satisfies Record<MailLocale, unknown>;

export const emailVerificationTemplate = layoutMailTemplate<"email-verification">({
  words: ({ locale, props }) => copy[locale](props),
  preview: (words) => words.paragraphs[1],
});
