import type { ExplanationAccess } from "@/db/schema/companies";
import type { InterviewStatus } from "@/db/schema/interviews";

export type ExplanationAvailability =
  | { isAvailable: true }
  | { isAvailable: false; reason: string };

/**
 * Whether the candidate may open the explanation now, by the workspace's choice: after the hiring
 * decision (the default), or as soon as the interview is evaluated. The reason says when it opens.
 */
export function explanationAvailability(options: {
  access: ExplanationAccess;
  status: InterviewStatus;
  hasDecision: boolean;
}): ExplanationAvailability {
  if (options.access === "after_completion") {
    return options.status === "evaluated" || options.hasDecision
      ? { isAvailable: true }
      : {
          isAvailable: false,
          reason: "The explanation opens once the interview has been evaluated.",
        };
  }
  return options.hasDecision
    ? { isAvailable: true }
    : {
        isAvailable: false,
        reason: "The explanation opens once the company has made its decision on this interview.",
      };
}
