import "server-only";
import { measureThread, thinAnswerWords } from "./offline-follow-up-gaps";
import {
  classifyQuestion,
  describeAskedGaps,
  describeFollowUpReason,
  type FollowUpAsk,
  writeFollowUpQuestion,
} from "./offline-follow-up-templates";
import { resolveOfflineLanguage } from "./offline-language-rules";
import type { FollowUpDecision, FollowUpInput } from "./types";

const isBlank = (segments: { text: string }[]) => segments.every((s) => s.text.trim() === "");

/**
 * The offline interviewer: measures the whole thread as the offline scorer would and asks for the
 * most important thing still missing, outcome before own action before specifics (a story without
 * an ending cannot be judged at all; one without the candidate's part cannot be credited to them;
 * a missing number only weakens it). A skipped answer gets no follow-up, and nothing is asked twice.
 */
export function decideFollowUpOffline(input: FollowUpInput): FollowUpDecision {
  const language = resolveOfflineLanguage(input.language);
  const lastTurn = input.followUps.at(-1);
  if (isBlank(input.answer) && input.followUps.length === 0) {
    return { ask: false, reason: "No answer: the candidate skipped the question." };
  }
  if (lastTurn && isBlank(lastTurn.answer)) {
    return { ask: false, reason: "No answer to the last follow-up: the candidate moved on." };
  }
  const kind = classifyQuestion({ question: input.question, language });
  const thread = measureThread({
    question: input.question,
    segments: [...input.answer, ...input.followUps.flatMap((turn) => turn.answer)],
    language,
    isHypothetical: kind === "hypothetical",
  });
  if (thread.missing.length === 0) {
    return {
      ask: false,
      reason: "Complete: the answer gives an outcome, the candidate's own part and specifics.",
    };
  }
  const write = (ask: FollowUpAsk) =>
    writeFollowUpQuestion({ ask, kind, competency: input.competency, language });
  const asked = new Set(input.followUps.map((turn) => turn.question));
  const isThin = thread.wordCount < thinAnswerWords[language];
  const candidates: FollowUpAsk[] = isThin ? ["example", ...thread.missing] : thread.missing;
  const ask = candidates.find((candidate) => !asked.has(write(candidate)));
  if (!ask) {
    return { ask: false, reason: describeAskedGaps(thread.missing) };
  }
  return {
    ask: true,
    reason: describeFollowUpReason({ ask, kind, wordCount: thread.wordCount }),
    question: write(ask),
  };
}
