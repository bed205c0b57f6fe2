import "server-only";
import type { OverrideKind } from "@/db/schema";
import { getReportCached } from "@/lib/cache/cached-reads";
import { DomainError } from "@/lib/domain-error";

/** A person reviews what the AI produced: until the report exists there is nothing to review. */
export async function getReportOrConflict(interviewId: string) {
  const data = await getReportCached(interviewId);
  if (!data) {
    throw new DomainError({
      kind: "conflict",
      message: "The interview has no report yet: it can be reviewed once it has been evaluated.",
    });
  }
  return data;
}

/**
 * What an override names, checked against the report: an answer is one of the report's questions
 * (by interview question id), a competency one the report scored. Returns the AI's score and the
 * words the audit uses for it.
 */
export async function getReviewTargetOrThrow(options: {
  interviewId: string;
  kind: OverrideKind;
  target: string;
}): Promise<{ aiScore: number; subject: string }> {
  const { report, answers } = await getReportOrConflict(options.interviewId);
  if (options.kind === "answer") {
    const answer = answers.find((row) => row.question.id === options.target.toLowerCase());
    if (!answer) throw unknownTarget("is not an evaluated question of this interview");
    return { aiScore: answer.evaluation.score, subject: `Question ${answer.question.order}` };
  }
  const competency = report.competencyScores.find((row) => row.competency === options.target);
  if (!competency) throw unknownTarget("is not a competency this report scored");
  return { aiScore: competency.score, subject: `Competency ${competency.competency}` };
}

function unknownTarget(why: string): DomainError {
  return new DomainError({ kind: "invalid_input", message: `target: ${why}.` });
}
