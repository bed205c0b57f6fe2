import { z } from "zod";

export const listDecisionRecordsQuerySchema = z.strictObject({
  /** The interview id the auditor holds; it is hashed, never stored or looked up in the clear. */
  interviewId: z.uuid(),
});
