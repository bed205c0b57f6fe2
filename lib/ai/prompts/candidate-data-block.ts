import "server-only";
import { randomBytes } from "node:crypto";
import type { AnswerSegment } from "../types";

/** A fresh secret per request: text written before the request cannot contain its closing tag. */
export function createDataBlockNonce(): string {
  return randomBytes(12).toString("hex");
}

// JSON already escapes quotes, backslashes and control characters; escaping the markup characters
// too means no tag of any spelling (look-alike, entity-encoded, ours) can appear inside the block.
const markupCharacters = /[<>&\u2028\u2029]/g;

export function encodeAsData(value: unknown): string {
  return JSON.stringify(value).replace(
    markupCharacters,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Untrusted text as data: JSON between an opening and a closing tag that carry the nonce. The
 * JSON decodes back to exactly what the candidate said, so quotes of it still verify verbatim.
 */
export function wrapDataBlock(options: { name: string; nonce: string; value: unknown }): string {
  const tag = `${options.name}-${options.nonce}`;
  return `<${tag}>\n${encodeAsData(options.value)}\n</${tag}>`;
}

/** The answer's segments as the model reads them: `[{"id": …, "text": …}]`. */
export function formatCandidateAnswer(options: { segments: AnswerSegment[]; nonce: string }) {
  return wrapDataBlock({
    name: "candidate-answer",
    nonce: options.nonce,
    value: options.segments.map((segment) => ({ id: segment.segmentId, text: segment.text })),
  });
}
