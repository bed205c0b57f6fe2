import "server-only";
import type { NotificationKind } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import type { MailLocale } from "@/lib/mail/mail-kinds";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";

// A background job has no request to take the host from: APP_URL, else the local server.
function appOrigin(): string {
  return env.APP_URL ? new URL(env.APP_URL).origin : `http://localhost:${env.PORT}`;
}

export function interviewPageLink(interviewId: string): string {
  return new URL(`/interviews/${interviewId}`, appOrigin()).toString();
}

export function dashboardLink(): string {
  return new URL("/dashboard", appOrigin()).toString();
}

/**
 * Members have no language of their own: a notice is written in its position's (Korean for a
 * Korean position), English otherwise; a digest in the language of its first notice's position.
 */
export function localeOfPosition(language: string): MailLocale {
  return language.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/** The workspace events members are told of, and the notice each becomes. */
export const noticeKindByEvent: Partial<Record<WorkspaceEventType, NotificationKind>> = {
  "report.ready": "report_ready",
  "report.needs_review": "report_needs_review",
};
