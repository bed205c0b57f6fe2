import "server-only";
import { env } from "@/lib/env.mjs";
import type { MailLocale } from "@/lib/mail/mail-kinds";
import { queueMail } from "@/lib/mail/queue-mail";

/**
 * better-auth's mail callbacks, on the one mailer. A message is written in the language of the
 * browser that asked for it (the person resetting or verifying is its recipient; an invitation
 * goes out in its inviter's, who usually shares the team's language).
 */
function localeOf(request: Request | undefined): MailLocale {
  const accepted = request?.headers.get("accept-language") ?? "";
  const first = accepted.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("ko") ? "ko" : "en";
}

function appOrigin(request: Request | undefined): string {
  if (env.APP_URL) return new URL(env.APP_URL).origin;
  return request ? new URL(request.url).origin : `http://localhost:${env.PORT}`;
}

type MailUser = { email: string; name: string };

/** The link better-auth builds goes through its callback, which redirects to /reset-password. */
export async function sendResetPasswordMail(
  data: { user: MailUser; url: string },
  request?: Request,
): Promise<void> {
  await queueMail({
    kind: "password-reset",
    to: data.user.email,
    locale: localeOf(request),
    props: { name: data.user.name, link: data.url },
  });
}

export async function sendVerificationMail(
  data: { user: MailUser; url: string },
  request?: Request,
): Promise<void> {
  await queueMail({
    kind: "email-verification",
    to: data.user.email,
    locale: localeOf(request),
    props: { name: data.user.name, link: data.url },
  });
}

export async function sendInvitationMail(
  data: {
    id: string;
    role: string;
    email: string;
    organization: { id: string; name: string };
    invitation: { expiresAt: Date };
    inviter: { user: MailUser };
  },
  request?: Request,
): Promise<void> {
  await queueMail({
    kind: "workspace-invitation",
    to: data.email,
    locale: localeOf(request),
    companyId: data.organization.id,
    props: {
      inviterName: data.inviter.user.name,
      workspaceName: data.organization.name,
      role: data.role,
      link: new URL(`/invitations/${data.id}`, appOrigin(request)).toString(),
      expiresAt: data.invitation.expiresAt,
    },
  });
}
