// What the evaluation prompt carries, read back the way a model would see it, and replies in the
// answer_evaluation schema built from it: for tests that play the model on the OpenAI fake.
import type { ChatRequest } from "./openai-fake-server";

export type EvaluationRequest = {
  /** The rubric criterion keys listed in the prompt, in order. */
  keys: string[];
  /** The answer's segments, decoded from the nonce-tagged JSON block. */
  segments: { id: string; text: string }[];
  nonce: string | null;
  system: string;
  user: string;
};

export function readEvaluationRequest(body: ChatRequest): EvaluationRequest {
  const system = body.messages.find((message) => message.role === "system")?.content ?? "";
  const user = body.messages.findLast((message) => message.role === "user")?.content ?? "";
  const keys = [...user.matchAll(/^- ([a-z][a-z0-9_]+): /gm)].map((match) => match[1] ?? "");
  const block = /<candidate-answer-([0-9a-f]+)>\n([\s\S]*?)\n<\/candidate-answer-\1>/.exec(user);
  const segments = block ? (JSON.parse(block[2] ?? "[]") as EvaluationRequest["segments"]) : [];
  return { keys, segments, nonce: block?.[1] ?? null, system, user };
}

/** A reply that gives every criterion `points` and cites `quotes` (from the first segment). */
export function criteriaReply(options: {
  request: EvaluationRequest;
  points: number | ((key: string) => number);
  quotes: string[];
  keys?: string[];
  extra?: Record<string, unknown>;
}) {
  const segmentId = options.request.segments[0]?.id ?? null;
  return {
    ...options.extra,
    criteria: (options.keys ?? options.request.keys).map((key) => ({
      key,
      points: typeof options.points === "number" ? options.points : options.points(key),
      rationale: `Fake rationale for ${key}.`,
      evidence: options.quotes.map((quote) => ({ quote, segmentId })),
    })),
    strengths: ["Fake strength."],
    improvements: ["Fake improvement."],
    feedback: "Fake feedback from the OpenAI fake server.",
  };
}

export type FollowUpRequest = {
  /** The thread, decoded from the nonce-tagged JSON block. */
  thread: {
    answer: { id: string; text: string }[];
    followUps: { question: string; answer: { id: string; text: string }[] }[];
  } | null;
  nonce: string | null;
  system: string;
  user: string;
};

/** The follow_up_decision prompt read back: the thread block the way a model would decode it. */
export function readFollowUpRequest(body: ChatRequest): FollowUpRequest {
  const system = body.messages.find((message) => message.role === "system")?.content ?? "";
  const user = body.messages.findLast((message) => message.role === "user")?.content ?? "";
  const block = /<candidate-thread-([0-9a-f]+)>\n([\s\S]*?)\n<\/candidate-thread-\1>/.exec(user);
  const thread = block ? (JSON.parse(block[2] ?? "null") as FollowUpRequest["thread"]) : null;
  return { thread, nonce: block?.[1] ?? null, system, user };
}
