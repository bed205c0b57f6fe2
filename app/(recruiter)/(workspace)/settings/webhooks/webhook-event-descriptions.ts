import type { WorkspaceEventType } from "@/lib/webhooks/event-types";

/** What each event tells a receiver, in the words the settings page offers them with. */
export const webhookEventDescriptions: Record<WorkspaceEventType, string> = {
  "interview.invited": "An interview was created and its link issued (or issued again).",
  "interview.started": "The candidate began answering.",
  "interview.completed": "The candidate finished; evaluation starts.",
  "report.ready": "The evaluation report is scored and can be read (every report).",
  "report.needs_review": "After report.ready, when a person must check the report first.",
  "decision.made": "A recruiter recorded the hiring decision.",
  "candidate.erased": "The candidate's data was erased; only ids remain.",
};
