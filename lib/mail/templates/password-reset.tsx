import type { MailLocale, MailProps } from "../mail-kinds";
import { layoutMailTemplate } from "./mail-layout";

type Props = MailProps<"password-reset">;

const copy = {
  en: (props: Props) => ({
    subject: "Reset your password",
    heading: "Reset your password",
    paragraphs: [
      `Hello ${props.name},`,
      "Someone asked to reset the password of your account. Choose a new password here:",
    ],
    actionLabel: "Choose a new password",
    notes: [
      "The link expires in 1 hour and works once.",
      "If you did not ask for this, ignore this message: your password stays as it is.",
    ],
  }),
  ko: (props: Props) => ({
    subject: "비밀번호 재설정",
    heading: "비밀번호 재설정",
    paragraphs: [
      `${props.name}님, 안녕하세요.`,
      "계정의 비밀번호 재설정 요청이 있었습니다. 아래에서 새 비밀번호를 정하세요:",
    ],
    actionLabel: "새 비밀번호 정하기",
    notes: [
      "이 링크는 1시간 후 만료되며 한 번만 사용할 수 있습니다.",
      "요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.",
    ],
  }),
} satisfies Record<MailLocale, unknown>;

export const passwordResetTemplate = layoutMailTemplate<"password-reset">({
  words: ({ locale, props }) => copy[locale](props),
  preview: (words) => words.notes[0],
});
