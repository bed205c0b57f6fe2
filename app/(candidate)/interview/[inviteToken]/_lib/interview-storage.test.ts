import { describe, expect, it } from "vitest";
import { getInterviewStorageKeys, getResumePoint } from "./interview-storage";

const questionIds = ["q1", "q2", "q2-f1", "q3"];
const resume = (options: {
  storedQuestion?: string | null;
  storedOpenedAt?: string | null;
  answeredQuestionIds?: string[];
}) =>
  getResumePoint({
    storedQuestion: options.storedQuestion ?? null,
    storedOpenedAt: options.storedOpenedAt ?? null,
    questionIds,
    answeredQuestionIds: options.answeredQuestionIds ?? [],
  });

describe("getInterviewStorageKeys", () => {
  it("keeps the key names candidates mid-interview already have in their browsers", () => {
    expect(getInterviewStorageKeys("iv-1")).toEqual({
      question: "interview:iv-1:question",
      openedAt: "interview:iv-1:opened-at",
      muted: "interview:iv-1:muted",
      unsaved: "interview:iv-1:unsaved",
    });
  });
});

describe("getResumePoint", () => {
  it("resumes at the question whose id was stored, follow-ups included", () => {
    expect(resume({ storedQuestion: "q2-f1", answeredQuestionIds: ["q1"] }).index).toBe(2);
  });

  it("still reads the index that pages before follow-ups stored", () => {
    expect(resume({ storedQuestion: "1", answeredQuestionIds: ["q1"] }).index).toBe(1);
  });

  it("falls back to the last question with a saved answer when nothing was stored", () => {
    const answeredQuestionIds = ["q1", "q2-f1", "q2"];
    expect(resume({ answeredQuestionIds }).index).toBe(2);
  });

  it("starts at the first question when nothing was stored or answered", () => {
    expect(resume({})).toEqual({ index: 0, openedAtMs: null });
  });

  it("ignores a stored value that is neither an id nor an index and stays within the questions", () => {
    expect(resume({ storedQuestion: "x", answeredQuestionIds: ["q2"] }).index).toBe(1);
    expect(resume({ storedQuestion: "9", answeredQuestionIds: ["q2"] }).index).toBe(3);
  });

  it("keeps the open time stored with that very question, and no other", () => {
    const storedOpenedAt = JSON.stringify({ questionId: "q2-f1", openedAtMs: 1_700 });
    expect(resume({ storedQuestion: "q2-f1", storedOpenedAt })).toEqual({
      index: 2,
      openedAtMs: 1_700,
    });
    expect(resume({ storedQuestion: "q3", storedOpenedAt }).openedAtMs).toBeNull();
    expect(resume({ storedQuestion: "q2-f1", storedOpenedAt: "{oops" }).openedAtMs).toBeNull();
  });
});
