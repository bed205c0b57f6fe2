import { createHash } from "node:crypto";
import type { NoticePlaceholder } from "./default-notice";

/** sha256 hex of a text: a stored version's body and a rendered notice are both named by it. */
export function hashNoticeText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type RenderedNotice = {
  /** The body with its placeholders filled, paragraphs separated by one blank line. */
  text: string;
  paragraphs: string[];
  /** sha256 hex of `text`: what the candidate's choices name, so what is stored is what was seen. */
  hash: string;
};

/**
 * Fills `{{company}}`, `{{competencies}}` and `{{retentionDays}}` and splits the paragraphs.
 * Line endings and runs of blank lines are normalized first, so the hash follows the words, not
 * how an editor saved them.
 */
export function renderNotice(options: {
  body: string;
  values: Record<NoticePlaceholder, string>;
}): RenderedNotice {
  const filled = options.body.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(options.values, name) ? options.values[name as NoticePlaceholder] : whole,
  );
  const paragraphs = splitParagraphs(filled);
  const text = paragraphs.join("\n\n");
  return { text, paragraphs, hash: hashNoticeText(text) };
}

/** A body as it is stored and hashed: trimmed paragraphs, one blank line between them. */
export function normalizeNoticeBody(body: string): string {
  return splitParagraphs(body).join("\n\n");
}

function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** A body as a version row holds it: normalized, and named by its sha256. */
export function toStoredNoticeBody(body: string): { body: string; hash: string } {
  const normalized = normalizeNoticeBody(body);
  return { body: normalized, hash: hashNoticeText(normalized) };
}
