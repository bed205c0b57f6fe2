import { describe, expect, it } from "vitest";
import { mayNominate } from "./may-nominate";

const answered = [
  { segments: [{ speaker: "interviewer" }] },
  { segments: [{ speaker: "candidate" }] },
];
const offer = {
  canWritePositions: true,
  bankQuestionId: "b1",
  isBanked: false,
  thread: answered,
};

describe("mayNominate", () => {
  it("offers a bank question's answer, a follow-up's words counting, to a role that edits positions", () => {
    expect(mayNominate(offer)).toBe(true);
  });

  it("offers nothing to an evaluator, for a question of the position's own, an answer banked or unanswered", () => {
    expect(mayNominate({ ...offer, canWritePositions: false })).toBe(false);
    expect(mayNominate({ ...offer, bankQuestionId: null })).toBe(false);
    expect(mayNominate({ ...offer, isBanked: true })).toBe(false);
    expect(mayNominate({ ...offer, thread: [{ segments: [{ speaker: "interviewer" }] }] })).toBe(
      false,
    );
  });
});
