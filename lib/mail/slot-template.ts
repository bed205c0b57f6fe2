import "server-only";
import type { MailKind, MailLocale, MailProps } from "./mail-kinds";
import { type RenderedMail, renderMail } from "./render-mail";

/** A string prop that differs from message to message and that the template only prints. */
export type SlotField<K extends MailKind> = {
  [F in keyof MailProps<K>]: MailProps<K>[F] extends string ? F : never;
}[keyof MailProps<K>];

/**
 * React's escaping of text and attribute values (react-dom's escapeTextForBrowser): a value put
 * into a rendered body must read as React would have written it.
 */
export function escapeLikeReact(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEntities[char as keyof typeof htmlEntities]);
}

const htmlEntities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/**
 * Whether a value filled into a slot reads exactly as if rendered. The text part is converted
 * from the HTML by html-to-text, which collapses runs of its whitespace (" \t\r\n\f\u200b") and
 * drops it at block edges; React drops an empty href and blocks a javascript: one; render strips
 * NUL. A value with any of these renders on its own instead.
 */
export function isPlainSlotValue(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value !== "" &&
    value === value.trim() &&
    !/ {2}|\p{Cc}|\u200b/u.test(value) &&
    !/^javascript:/i.test(value)
  );
}

/** A rendered part cut at its slots: literal, slot index, literal, … */
type CutPart = { literals: string[]; slots: number[] };

function cut(rendered: string, markerPattern: RegExp): CutPart {
  const pieces = rendered.split(markerPattern);
  return {
    literals: pieces.filter((_, index) => index % 2 === 0),
    slots: pieces.filter((_, index) => index % 2 === 1).map(Number),
  };
}

function join(part: CutPart, values: readonly string[]): string {
  let out = part.literals[0] ?? "";
  for (let index = 0; index < part.slots.length; index++) {
    out += (values[part.slots[index] ?? -1] ?? "") + (part.literals[index + 1] ?? "");
  }
  return out;
}

type SlotFiller = (values: readonly string[]) => RenderedMail;

/**
 * Renders the message once with a marker in each slot and returns what fills the markers with one
 * message's values (HTML-escaped in the HTML, as they are in the text part and the subject), so a
 * thousand invitations cost one React render instead of a thousand.
 *
 * It renders twice, with markers of two lengths, and gives null unless filling the first render
 * with the second's markers gives the second exactly: a template that changes a slot's value or
 * depends on its length (the inbox preview pads to 150 characters) cannot be filled this way.
 * Markers are letters and digits, which no escaping or text conversion changes.
 */
export async function renderWithSlots<K extends MailKind>(input: {
  kind: K;
  locale: MailLocale;
  props: MailProps<K>;
  slots: readonly SlotField<K>[];
}): Promise<SlotFiller | null> {
  const nonce = crypto.randomUUID().replaceAll("-", "");
  const markerPattern = new RegExp(`mailslot${nonce}n(\\d+)e`);
  const shortMarkers = input.slots.map((_, index) => `mailslot${nonce}n${index}e`);
  const longMarkers = input.slots.map(
    (_, index) => `mailslot${nonce}long${"x".repeat(24)}${index}`,
  );
  const withMarkers = (markers: string[]) =>
    renderMail({
      kind: input.kind,
      locale: input.locale,
      props: {
        ...input.props,
        ...Object.fromEntries(input.slots.map((slot, index) => [slot, markers[index]])),
      },
    });
  const [short, long] = await Promise.all([withMarkers(shortMarkers), withMarkers(longMarkers)]);
  const parts = {
    subject: cut(short.subject, new RegExp(markerPattern, "g")),
    html: cut(short.html, new RegExp(markerPattern, "g")),
    text: cut(short.text, new RegExp(markerPattern, "g")),
  };
  const fill: SlotFiller = (values) => ({
    subject: join(parts.subject, values),
    html: join(parts.html, values.map(escapeLikeReact)),
    text: join(parts.text, values),
  });
  const check = fill(longMarkers);
  const consistent =
    check.subject === long.subject && check.html === long.html && check.text === long.text;
  return consistent ? fill : null;
}
