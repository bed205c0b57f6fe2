import type { AnswerSegment, FollowUpInput } from "./types";

// About 2,000 tokens of the candidate's words: enough to judge whether an outcome, an own action
// or a number is missing, while a transcript stuffed to its 300,000-character cap costs no more.
export const maxFollowUpThreadChars = 8_000;

type Thread = Pick<FollowUpInput, "answer" | "followUps">;

const length = (segments: AnswerSegment[]) =>
  segments.reduce((total, segment) => total + segment.text.length, 0);

/**
 * The thread as the model may read it: each turn (the main answer, each follow-up's answer) whole
 * when the thread fits, else the long turns cut to a fair share of what the short ones leave,
 * keeping their beginning and end (where a story's situation and its outcome usually are).
 */
export function boundFollowUpThread(
  thread: Thread,
  maxChars: number = maxFollowUpThreadChars,
): Thread {
  const turns = [thread.answer, ...thread.followUps.map((turn) => turn.answer)];
  const sizes = turns.map(length);
  if (sizes.reduce((total, size) => total + size, 0) <= maxChars) return thread;
  // Short turns keep everything; what they leave is shared equally by the long ones.
  const order = sizes.map((size, index) => ({ size, index })).sort((a, b) => a.size - b.size);
  const shares: number[] = [];
  let left = maxChars;
  order.forEach(({ size, index }, position) => {
    const share = Math.floor(left / (order.length - position));
    shares[index] = Math.min(size, share);
    left -= shares[index] ?? 0;
  });
  const cut = turns.map((segments, index) => cutTurn(segments, shares[index] ?? 0));
  return {
    answer: cut[0] ?? [],
    followUps: thread.followUps.map((turn, index) => ({ ...turn, answer: cut[index + 1] ?? [] })),
  };
}

function cutTurn(segments: AnswerSegment[], maxChars: number): AnswerSegment[] {
  const total = length(segments);
  if (total <= maxChars) return segments;
  const head = takeEnd(segments, Math.ceil(maxChars / 2), "head");
  const tail = takeEnd(segments, Math.floor(maxChars / 2), "tail");
  const omitted = total - length(head) - length(tail);
  const marker = { segmentId: "omitted", text: `[… ${omitted} characters omitted …]` };
  return [...head, marker, ...tail];
}

/** The first (or last) segments up to `maxChars`, the innermost of them cut short. */
function takeEnd(
  segments: AnswerSegment[],
  maxChars: number,
  end: "head" | "tail",
): AnswerSegment[] {
  const kept: AnswerSegment[] = [];
  let left = maxChars;
  for (const segment of end === "head" ? segments : [...segments].reverse()) {
    if (left <= 0) break;
    const { text } = segment;
    const part = end === "head" ? text.slice(0, left) : text.slice(Math.max(0, text.length - left));
    kept.push(part === text ? segment : { ...segment, text: part });
    left -= text.length;
  }
  return end === "head" ? kept : kept.reverse();
}
