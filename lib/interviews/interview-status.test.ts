import { describe, expect, it } from "vitest";
import { type InterviewStatus, interviewStatuses } from "@/db/schema";
import {
  assertInterviewStatusMoves,
  canMoveInterviewStatus,
  interviewStatusMoves,
} from "./interview-status";

/** Every status reachable from `start` by allowed moves. */
function reachableFrom(start: InterviewStatus): Set<InterviewStatus> {
  const seen = new Set<InterviewStatus>([start]);
  const queue = [start];
  for (let status = queue.shift(); status; status = queue.shift()) {
    for (const next of interviewStatusMoves[status]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe("the interview status moves", () => {
  it("name every stored status, and every status is reachable from invited", () => {
    expect(Object.keys(interviewStatusMoves).sort()).toEqual([...interviewStatuses].sort());
    expect([...reachableFrom("invited")].sort()).toEqual([...interviewStatuses].sort());
  });

  it("let an interview in progress only complete", () => {
    expect(
      interviewStatuses.filter((to) => canMoveInterviewStatus({ from: "in_progress", to })),
    ).toEqual(["completed"]);
  });

  it("never move an interview back once the candidate has started", () => {
    for (const from of ["in_progress", "completed", "evaluating", "evaluated", "failed"] as const) {
      for (const to of ["invited", "in_progress", "expired"] as const) {
        expect(canMoveInterviewStatus({ from, to }), `${from} → ${to}`).toBe(false);
      }
    }
  });

  it("end at evaluated or failed, and fail only from an evaluation", () => {
    expect(interviewStatusMoves.evaluated).toEqual([]);
    expect(interviewStatusMoves.failed).toEqual([]);
    const toFailed = interviewStatuses.filter((from) =>
      canMoveInterviewStatus({ from, to: "failed" }),
    );
    expect(toFailed).toEqual(["completed", "evaluating"]);
  });

  it("refuse a set of moves when any one of them is not in the table", () => {
    expect(() =>
      assertInterviewStatusMoves({ from: ["completed"], to: "evaluating" }),
    ).not.toThrow();
    expect(() =>
      assertInterviewStatusMoves({ from: ["completed", "evaluated"], to: "evaluating" }),
    ).toThrow("may not move from evaluated to evaluating");
    expect(() => assertInterviewStatusMoves({ from: ["evaluated"], to: "in_progress" })).toThrow();
  });
});
