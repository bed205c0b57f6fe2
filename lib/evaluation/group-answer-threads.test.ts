import { describe, expect, it } from "vitest";
import { groupAnswerThreads, measureAnswerMs } from "./group-answer-threads";

const question = (
  id: string,
  order: number,
  followUpNumber = 0,
  parentQuestionId: string | null = null,
) => ({
  id,
  order,
  followUpNumber,
  parentQuestionId,
});
const segment = (questionId: string, speaker: "candidate" | "interviewer" = "candidate") => ({
  id: `${questionId}-${speaker}`,
  questionId,
  speaker,
});

describe("groupAnswerThreads", () => {
  it("hangs each follow-up under its main question in the order asked, whatever the row order", () => {
    const threads = groupAnswerThreads({
      questions: [
        question("q2-f2", 2, 2, "q2"),
        question("q2", 2),
        question("q1", 1),
        question("q2-f1", 2, 1, "q2"),
      ],
      segments: [segment("q2-f1"), segment("q1"), segment("q2-f1", "interviewer")],
    });
    expect(threads.map((thread) => thread.question.id)).toEqual(["q1", "q2"]);
    expect(threads[1]?.followUps.map((turn) => turn.question.id)).toEqual(["q2-f1", "q2-f2"]);
    // The interviewer reading the question aloud is not part of the answer.
    expect(threads[1]?.followUps[0]?.segments.map((s) => s.id)).toEqual(["q2-f1-candidate"]);
    expect(threads[0]?.segments.map((s) => s.id)).toEqual(["q1-candidate"]);
    expect(threads[0]?.followUps).toEqual([]);
  });
});

describe("measureAnswerMs", () => {
  it("spans from the earliest start to the latest end, and is null without segments", () => {
    expect(
      measureAnswerMs([
        { startMs: 4_000, endMs: 9_000 },
        { startMs: 1_000, endMs: 3_000 },
        { startMs: 9_500, endMs: 126_000 },
      ]),
    ).toBe(125_000);
    expect(measureAnswerMs([])).toBeNull();
  });
});
