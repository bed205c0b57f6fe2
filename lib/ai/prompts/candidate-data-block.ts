import "server-only";
import type { AnswerSegment } from "../types";

// Any text in the answer that could open or close our tags is broken up with a zero-width space,
// so the answer cannot end the data block early and smuggle text outside it. Only these
// sequences change; the rest stays byte-for-byte, so quotes of it still verify.
const tagLike = /<(\s*\/?\s*)(candidate_answer|segment|resume)/gi;

export function neutralizeTags(text: string): string {
  return text.replace(tagLike, "<\u200b$1$2");
}

/** The candidate's words, as data: one block, one tag per transcript segment. */
export function formatCandidateAnswer(segments: AnswerSegment[]): string {
  const body = segments
    .map((segment) => {
      const id = segment.segmentId.replace(/[^\w.:-]/g, "_");
      return `<segment id="${id}">${neutralizeTags(segment.text)}</segment>`;
    })
    .join("\n");
  return `<candidate_answer>\n${body}\n</candidate_answer>`;
}
