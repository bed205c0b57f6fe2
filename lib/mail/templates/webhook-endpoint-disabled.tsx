import type { MailLocale, MailProps } from "../mail-kinds";
import { layoutMailTemplate } from "./mail-layout";

type Props = MailProps<"webhook-endpoint-disabled">;

const copy = {
  en: (props: Props) => ({
    subject: `A webhook endpoint of ${props.workspaceName} was disabled`,
    heading: "Webhook endpoint disabled",
    paragraphs: [
      `Every delivery to ${props.endpointUrl} has failed for ${props.failingDays} days, so ${props.workspaceName} stopped sending to it.`,
      `The last error: ${props.lastError}`,
      "Fix the receiver, then enable the endpoint again and resend what it missed:",
    ],
    actionLabel: "Open the webhook settings",
    notes: ["You get this message as an owner or admin of the workspace."],
  }),
  ko: (props: Props) => ({
    subject: `${props.workspaceName}의 웹훅 엔드포인트가 비활성화되었습니다`,
    heading: "웹훅 엔드포인트 비활성화",
    paragraphs: [
      `${props.endpointUrl}(으)로의 전송이 ${props.failingDays}일 동안 모두 실패하여 ${props.workspaceName}에서 전송을 중단했습니다.`,
      `마지막 오류: ${props.lastError}`,
      "수신 측을 고친 뒤 엔드포인트를 다시 활성화하고 놓친 전송을 다시 보내세요:",
    ],
    actionLabel: "웹훅 설정 열기",
    notes: ["워크스페이스의 소유자 또는 관리자이므로 이 메일을 받았습니다."],
  }),
} satisfies Record<MailLocale, unknown>;

export const webhookEndpointDisabledTemplate = layoutMailTemplate<"webhook-endpoint-disabled">({
  words: ({ locale, props }) => copy[locale](props),
  preview: (words) => words.paragraphs[0],
});
