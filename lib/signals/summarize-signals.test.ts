import { describe, expect, it } from "vitest";
import type { IntegritySignal, InterviewQuestion } from "@/db/schema";
import { summarizeSignals } from "./summarize-signals";

const question = (id: string, order: number, followUpNumber = 0) =>
  ({ id, order, followUpNumber, content: `Question text ${id}` }) as InterviewQuestion;

let serial = 0;
const signal = (fields: Partial<IntegritySignal> & Pick<IntegritySignal, "kind" | "questionId">) =>
  ({
    id: `s${++serial}`,
    interviewId: "i",
    clientId: null,
    count: 1,
    totalMs: null,
    evidence: {},
    createdAt: new Date(0),
    ...fields,
  }) as IntegritySignal;

describe("summarizeSignals", () => {
  it("adds up each answer's absences and pastes into one line per kind, in question order", () => {
    const summaries = summarizeSignals({
      questions: [question("q1", 1), question("q2", 2), question("f1", 2, 1)],
      signals: [
        signal({ kind: "focus_lost", questionId: "q2", totalMs: 4_000 }),
        signal({ kind: "paste", questionId: "f1", evidence: { chars: 120 } }),
        signal({ kind: "focus_lost", questionId: "q2", totalMs: 6_400 }),
        signal({ kind: "paste", questionId: "q1", evidence: { chars: 30 } }),
        signal({ kind: "paste", questionId: "q1", evidence: { chars: 12 } }),
      ],
    });
    expect(summaries.map((s) => [s.questionLabel, s.kind, s.description])).toEqual([
      ["Question 1", "paste", "Pasted text into the typed answer 2 times, 42 characters in all."],
      ["Question 2", "focus_lost", "Left the page 2 times during the answer, 10 s away in all."],
      [
        "Question 2, follow-up 1",
        "paste",
        "Pasted text into the typed answer once, 120 characters in all.",
      ],
    ]);
  });

  it("keeps the other candidate's interview and excerpt of a similar answer", () => {
    const [summary] = summarizeSignals({
      questions: [question("q1", 1)],
      signals: [
        signal({
          kind: "similar_to_candidate",
          questionId: "q1",
          evidence: { interviewId: "other", similarity: 0.987, excerpt: "I profiled it…" },
        }),
      ],
    });
    expect(summary).toMatchObject({
      similarInterviewId: "other",
      excerpt: "I profiled it…",
      description: "Very similar (cosine 0.99) to another candidate's answer.",
    });
  });

  it("never shows words a browser signal carries (a row stored before evidence was checked)", () => {
    const summaries = summarizeSignals({
      questions: [question("q1", 1)],
      signals: [
        signal({ kind: "paste", questionId: "q1", evidence: { chars: 12, excerpt: "PASTED" } }),
        signal({ kind: "focus_lost", questionId: "q1", evidence: { excerpt: "Hi recruiter" } }),
      ],
    });
    expect(summaries.map((summary) => summary.excerpt)).toEqual([null, null]);
  });
});
