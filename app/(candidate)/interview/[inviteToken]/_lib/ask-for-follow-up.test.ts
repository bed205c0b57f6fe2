import { afterEach, describe, expect, it, vi } from "vitest";
import { askForFollowUp, saveBeforeDecisionMs } from "./ask-for-follow-up";
import { CandidateApiError, type InterviewQuestion } from "./candidate-api";
import { UnsavedSegmentsError } from "./segment-outbox";

const followUp: InterviewQuestion = {
  id: "q1-f1",
  order: 1,
  content: "What did you do yourself?",
  category: "technical",
  competency: "ownership",
  parentQuestionId: "q1",
  followUpNumber: 1,
};

afterEach(() => vi.restoreAllMocks());

describe("askForFollowUp", () => {
  it("asks for the decision only after the answer's segments are stored", async () => {
    const calls: string[] = [];
    const drain = vi.fn(async () => {
      calls.push("drained");
    });
    const requestFollowUp = vi.fn(async (questionId: string) => {
      calls.push(`asked about ${questionId}`);
      return followUp;
    });
    const result = await askForFollowUp({ api: { requestFollowUp }, questionId: "q1", drain });
    expect(result).toEqual(followUp);
    expect(calls).toEqual(["drained", "asked about q1"]);
    expect(drain).toHaveBeenCalledWith(saveBeforeDecisionMs);
  });

  it("goes on without a follow-up when the decision fails, logging only the error code", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const requestFollowUp = vi.fn(async () => {
      throw new CandidateApiError(500, "internal", "The answer 'my secret plan' broke it");
    });
    const drain = async () => {};
    expect(await askForFollowUp({ api: { requestFollowUp }, questionId: "q1", drain })).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("internal");
    expect(String(warn.mock.calls[0]?.[0])).not.toContain("secret");
  });

  it("does not ask when the answer could not be stored in time", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const requestFollowUp = vi.fn(async () => followUp);
    const drain = async () => {
      throw new UnsavedSegmentsError();
    };
    expect(await askForFollowUp({ api: { requestFollowUp }, questionId: "q1", drain })).toBeNull();
    expect(requestFollowUp).not.toHaveBeenCalled();
  });
});
