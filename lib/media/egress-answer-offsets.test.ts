import { describe, expect, it } from "vitest";
import {
  locateAnswersInEgressFile,
  openWholeInterviewFilesAtAnswer,
} from "./egress-answer-offsets";

describe("locateAnswersInEgressFile", () => {
  it("spans each answer from its first segment's start to its last segment's end, on the file's clock", () => {
    const windows = locateAnswersInEgressFile({
      clockOffsetMs: 4_000,
      segments: [
        { questionId: "q1", startMs: 10_000, endMs: 12_000 },
        { questionId: "q2", startMs: 30_000, endMs: 31_500 },
        { questionId: "q1", startMs: 12_500, endMs: 15_250 },
        { questionId: "q2", startMs: 29_000, endMs: 29_900 },
      ],
    });
    expect(windows).toEqual([
      { questionId: "q1", startMs: 6_000, endMs: 11_250 },
      { questionId: "q2", startMs: 25_000, endMs: 27_500 },
    ]);
  });

  it("plays an answer that began before the egress from the start of the file", () => {
    const [window] = locateAnswersInEgressFile({
      clockOffsetMs: 5_000,
      segments: [{ questionId: "q1", startMs: 3_000, endMs: 9_000 }],
    });
    expect(window).toEqual({ questionId: "q1", startMs: 0, endMs: 4_000 });
  });
});

describe("openWholeInterviewFilesAtAnswer", () => {
  const segments = [{ questionId: "q2", startMs: 41_000, endMs: 52_500 }];

  it("starts a whole-interview file at the answer with a media fragment", () => {
    const [part] = openWholeInterviewFilesAtAnswer(
      [
        {
          questionId: null,
          url: "https://bucket.example/a.ogg?X-Amz-Signature=abc",
          clockOffsetMs: 3_500,
        },
      ],
      segments,
    );
    expect(part?.url).toBe("https://bucket.example/a.ogg?X-Amz-Signature=abc#t=37.5");
  });

  it("leaves an answer's own file, and a file with no answer to find, as they are", () => {
    const own = { questionId: "q2", url: "/api/recordings/file?key=k", clockOffsetMs: 40_000 };
    const whole = { questionId: null, url: "/whole.ogg", clockOffsetMs: 0 };
    expect(openWholeInterviewFilesAtAnswer([own], segments)).toEqual([own]);
    expect(openWholeInterviewFilesAtAnswer([whole], [])).toEqual([whole]);
  });
});
