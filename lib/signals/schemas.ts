// What the candidate's browser may report about an answer. Shared by the upload route and the
// candidate page (no server imports here).
import { z } from "zod";

/** The kinds a browser observes; the similarity kinds are the server's alone. */
export const browserSignalKinds = ["focus_lost", "paste", "silence_before_answer"] as const;
export type BrowserSignalKind = (typeof browserSignalKinds)[number];

const dayMs = 24 * 60 * 60 * 1000;

/** Numbers and short labels only: evidence is shown to the recruiter, never the pasted text. */
const evidenceValueSchema = z.union([z.number().finite(), z.boolean(), z.string().max(80)]);

export const browserSignalSchema = z.strictObject({
  /** Made by the browser, so a retried upload is stored once. */
  clientId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.:-]+$/, "use letters, digits, '_', '-', '.' or ':'"),
  questionId: z.uuid(),
  kind: z.enum(browserSignalKinds),
  count: z.int().min(1).max(1000),
  /** Time away for focus_lost, the silence for silence_before_answer. */
  totalMs: z.int().min(0).max(dayMs).nullable(),
  evidence: z
    .record(z.string().regex(/^\w{1,40}$/), evidenceValueSchema)
    .refine((value) => Object.keys(value).length <= 8, "at most 8 evidence fields"),
});
export type BrowserSignal = z.infer<typeof browserSignalSchema>;
