import { describe, expect, it } from "vitest";
import { getInterviewStorageKeys, getResumeIndex } from "./interview-storage";

const questionIds = ["q1", "q2", "q3", "q4"];

describe("getInterviewStorageKeys", () => {
  it("keeps the key names candidates mid-interview already have in their browsers", () => {
    expect(getInterviewStorageKeys("iv-1")).toEqual({
      question: "interview:iv-1:question",
      muted: "interview:iv-1:muted",
      unsaved: "interview:iv-1:unsaved",
    });
  });
});

describe("getResumeIndex", () => {
  it("resumes at the question that was open before the reload", () => {
    expect(getResumeIndex({ storedIndex: "2", questionIds, answeredQuestionIds: ["q1"] })).toBe(2);
  });

  it("falls back to the last question with a saved answer when nothing was stored", () => {
    const answeredQuestionIds = ["q1", "q3", "q2"];
    expect(getResumeIndex({ storedIndex: null, questionIds, answeredQuestionIds })).toBe(2);
  });

  it("starts at the first question when nothing was stored or answered", () => {
    expect(getResumeIndex({ storedIndex: null, questionIds, answeredQuestionIds: [] })).toBe(0);
  });

  it("ignores a stored value that is not an index and stays within the questions", () => {
    const answeredQuestionIds = ["q2"];
    expect(getResumeIndex({ storedIndex: "x", questionIds, answeredQuestionIds })).toBe(1);
    expect(getResumeIndex({ storedIndex: "9", questionIds, answeredQuestionIds })).toBe(3);
  });
});
