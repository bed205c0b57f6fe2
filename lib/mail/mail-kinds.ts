import { z } from "zod";
import { candidateMailPropsSchema } from "./candidate-mail-props";
import { memberNoticePropsSchema, noticeDigestPropsSchema } from "./notification-mail-props";
import { contestAnswerPropsSchema } from "./templates/contest-answer-props";

/** The languages a message is written in: the recipient's, English otherwise. */
export const mailLocales = ["en", "ko"] as const;
export type MailLocale = (typeof mailLocales)[number];

/**
 * Every message the app sends and what its template needs. `link` is the one action the message
 * carries (reset, verify, accept); the embedded mailbox shows it.
 */
export const mailKindSchemas = {
  "password-reset": z.object({ name: z.string(), link: z.url() }),
  "email-verification": z.object({ name: z.string(), link: z.url() }),
  "workspace-invitation": z.object({
    inviterName: z.string(),
    workspaceName: z.string(),
    role: z.string(),
    link: z.url(),
    expiresAt: z.date(),
  }),
  "webhook-endpoint-disabled": z.object({
    workspaceName: z.string(),
    endpointUrl: z.string(),
    failingDays: z.int(),
    lastError: z.string(),
    link: z.url(),
  }),
  "candidate-invitation": candidateMailPropsSchema,
  "candidate-reminder": candidateMailPropsSchema,
  "member-notice": memberNoticePropsSchema,
  "member-notice-digest": noticeDigestPropsSchema,
  "contest-answer": contestAnswerPropsSchema,
} as const;

export type MailKind = keyof typeof mailKindSchemas;
export type MailProps<K extends MailKind> = z.infer<(typeof mailKindSchemas)[K]>;

export type QueueMailInput<K extends MailKind> = {
  kind: K;
  to: string;
  locale: MailLocale;
  /** The workspace the message is about, if any (the operator page groups by it). */
  companyId?: string | null;
  /** The candidate's interview it is about: the message is erased with it. */
  interviewId?: string | null;
  props: MailProps<K>;
};
