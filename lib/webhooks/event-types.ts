/**
 * What happens to an interview that a workspace hears about: the webhook event types (Standard
 * Webhooks' `type`), also what recruiter notifications hang on.
 */
export const workspaceEventTypes = [
  "interview.invited",
  "interview.started",
  "interview.completed",
  "report.ready",
  "report.needs_review",
  "decision.made",
  "candidate.erased",
] as const;
export type WorkspaceEventType = (typeof workspaceEventTypes)[number];
