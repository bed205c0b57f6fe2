import "server-only";
import { render, toPlainText } from "@react-email/render";
import type { MailKind, MailLocale, MailProps } from "./mail-kinds";
import { candidateInvitationTemplate } from "./templates/candidate-invitation";
import { candidateReminderTemplate } from "./templates/candidate-reminder";
import { contestAnswerTemplate } from "./templates/contest-answer";
import { emailVerificationTemplate } from "./templates/email-verification";
import type { MailTemplate } from "./templates/mail-template";
import { memberNoticeTemplate } from "./templates/member-notice";
import { memberNoticeDigestTemplate } from "./templates/member-notice-digest";
import { passwordResetTemplate } from "./templates/password-reset";
import { webhookEndpointDisabledTemplate } from "./templates/webhook-endpoint-disabled";
import { workspaceInvitationTemplate } from "./templates/workspace-invitation";

const templates: { [K in MailKind]: MailTemplate<K> } = {
  "password-reset": passwordResetTemplate,
  "email-verification": emailVerificationTemplate,
  "workspace-invitation": workspaceInvitationTemplate,
  "webhook-endpoint-disabled": webhookEndpointDisabledTemplate,
  "candidate-invitation": candidateInvitationTemplate,
  "candidate-reminder": candidateReminderTemplate,
  "member-notice": memberNoticeTemplate,
  "member-notice-digest": memberNoticeDigestTemplate,
  "contest-answer": contestAnswerTemplate,
};

// html-to-text shouts headings in capitals by default; names like "Acme" should stay as written.
const headingsAsWritten = [{ selector: "h1", options: { uppercase: false } }];

export type RenderedMail = { subject: string; html: string; text: string };

/**
 * The subject, HTML and plain-text parts of one message. React Email's render throws under the
 * `react-server` condition (tsx --conditions=react-server); route handlers and Vitest are fine.
 */
export async function renderMail<K extends MailKind>(input: {
  kind: K;
  locale: MailLocale;
  props: MailProps<K>;
}): Promise<RenderedMail> {
  const template = templates[input.kind] as MailTemplate<K>;
  const { subject, element } = template({ locale: input.locale, props: input.props });
  // One React render: the text part is converted from the HTML as render({plainText}) would do
  // (a bulk invite renders a thousand messages).
  const html = await render(element);
  const text = toPlainText(html, { selectors: headingsAsWritten });
  return { subject, html, text };
}
