import "server-only";
import { checkModelEvaluation } from "./check-model-evaluation";
import { createDataBlockNonce } from "./prompts/candidate-data-block";
import { buildEvaluateAnswerMessages } from "./prompts/evaluate-answer";
import type { ModelAnswerEvaluation } from "./schemas";
import { listThreadSegments } from "./thread-segments";
import type { AnswerEvaluation, EvaluateAnswerInput } from "./types";

type ChatMessages = ReturnType<typeof buildEvaluateAnswerMessages>;

/**
 * Asks the model for criterion scores until a reply can be trusted (criteria match the rubric,
 * evidence verifies), each attempt under a fresh nonce. When none can, the last computable reply
 * is kept with the reasons, so the answer goes to a person instead of being stored silently.
 */
export async function evaluateWithModel(options: {
  input: EvaluateAnswerInput;
  maxAttempts: number;
  complete: (messages: ChatMessages) => Promise<ModelAnswerEvaluation>;
}): Promise<AnswerEvaluation> {
  // A quote from any turn of the thread is as good as one from the main answer.
  const segments = listThreadSegments(options.input);
  const problems: string[] = [];
  let computable: ReturnType<typeof checkModelEvaluation>["evaluation"] = null;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt += 1) {
    const nonce = createDataBlockNonce();
    const reply = await options.complete(buildEvaluateAnswerMessages({ ...options.input, nonce }));
    const checked = checkModelEvaluation({
      reply,
      rubric: options.input.rubric,
      segments,
    });
    if (checked.problem === null && checked.evaluation) {
      return { ...checked.evaluation, attempts: attempt, reviewReasons: [] };
    }
    problems.push(checked.problem ?? "unusable reply");
    computable = checked.evaluation ?? computable;
  }
  const reason = `The model's reply could not be trusted after ${options.maxAttempts} attempts: ${[...new Set(problems)].join("; ")}.`;
  return {
    ...(computable ?? {
      score: 0,
      rubricScores: [],
      evidence: [],
      strengths: [],
      improvements: [],
      feedback: "",
    }),
    attempts: options.maxAttempts,
    reviewReasons: [reason],
  };
}
