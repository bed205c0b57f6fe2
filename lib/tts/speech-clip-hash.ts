import "server-only";
import { createHash } from "node:crypto";

/**
 * A clip's key: sha256 of the voice and the text. The same question in the same voice is one
 * clip, whichever interview asks; a reworded question or another voice is a new one.
 */
export function hashSpeechClip(options: { voice: string; text: string }): string {
  return createHash("sha256").update(`${options.voice}\n${options.text}`).digest("hex");
}
