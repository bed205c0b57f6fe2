import type { ContestKind } from "@/db/schema/compliance";

/** The candidate's choice as the recruiter reads it. */
export const contestKindLabels: Record<ContestKind, string> = {
  wrong_transcript: "The transcript is wrong",
  missing_context: "Missing context",
  human_review: "Asks for a human review",
};
