// What the candidate's browser may report about an answer. Shared by the upload route and the
// candidate page (no server imports here).
import { z } from "zod";

/** The kinds a browser observes; the similarity kinds are the server's alone. */
export const browserSignalKinds = ["focus_lost", "paste", "silence_before_answer"] as const;
export type BrowserSignalKind = (typeof browserSignalKinds)[number];

const dayMs = 24 * 60 * 60 * 1000;

const signalFields = {
  /** Made by the browser, so a retried upload is stored once. */
  clientId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, "use letters, digits, '_', '-', '.' or ':'"),
  questionId: z.uuid(),
  count: z.int().min(1).max(1000),
  /** Time away for focus_lost, the silence for silence_before_answer. */
  totalMs: z.int().min(0).max(dayMs).nullable(),
};

/**
 * Evidence is shown to the recruiter as the browser sent it, so each kind allows only its own
 * keys, and no text: a paste is its length, never the pasted words.
 */
export const browserSignalSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...signalFields, kind: z.literal("focus_lost"), evidence: z.strictObject({}) }),
  z.strictObject({
    ...signalFields,
    kind: z.literal("paste"),
    evidence: z.strictObject({ chars: z.int().min(1).max(1_000_000) }),
  }),
  z.strictObject({
    ...signalFields,
    kind: z.literal("silence_before_answer"),
    /** Whether any words came before the answer's time ran out. */
    evidence: z.strictObject({ answered: z.boolean() }),
  }),
]);
export type BrowserSignal = z.infer<typeof browserSignalSchema>;
