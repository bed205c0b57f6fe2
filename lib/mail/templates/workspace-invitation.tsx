import type { MailLocale, MailProps } from "../mail-kinds";
import { layoutMailTemplate } from "./mail-layout";

type Props = MailProps<"workspace-invitation">;

// Roles the app knows, by name; a role added later shows under its own name until it is listed.
const roleLabels: Record<MailLocale, Record<string, string>> = {
  en: { owner: "owner", admin: "admin", recruiter: "recruiter", evaluator: "evaluator" },
  ko: { owner: "소유자", admin: "관리자", recruiter: "채용 담당자", evaluator: "평가자" },
};

function formatExpiry(locale: MailLocale, expiresAt: Date): string {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return `${format.format(expiresAt)} UTC`;
}

const copy = {
  en: (props: Props, role: string, expiry: string) => ({
    subject: `${props.inviterName} invited you to ${props.workspaceName}`,
    heading: `Join ${props.workspaceName}`,
    paragraphs: [
      `${props.inviterName} invited you to the workspace ${props.workspaceName} as ${role}.`,
      "Accept the invitation to sign in, or to create your account with this email address:",
    ],
    actionLabel: "Accept the invitation",
    notes: [
      `The invitation expires on ${expiry}.`,
      "If you did not expect it, ignore this message.",
    ],
  }),
  ko: (props: Props, role: string, expiry: string) => ({
    subject: `${props.inviterName}님이 ${props.workspaceName} 워크스페이스에 초대했습니다`,
    heading: `${props.workspaceName} 워크스페이스 초대`,
    paragraphs: [
      `${props.inviterName}님이 ${props.workspaceName} 워크스페이스에 ${role}(으)로 초대했습니다.`,
      "초대를 수락하고 로그인하거나, 이 이메일 주소로 계정을 만드세요:",
    ],
    actionLabel: "초대 수락하기",
    notes: [`초대는 ${expiry}에 만료됩니다.`, "예상하지 못한 초대라면 이 메일을 무시하세요."],
  }),
} satisfies Record<MailLocale, unknown>;

export const workspaceInvitationTemplate = layoutMailTemplate<"workspace-invitation">({
  words: ({ locale, props }) =>
    copy[locale](
      props,
      roleLabels[locale][props.role] ?? props.role,
      formatExpiry(locale, props.expiresAt),
    ),
  preview: (words) => words.paragraphs[0],
});
