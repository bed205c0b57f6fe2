import { z } from "zod";
import { interviewStatuses } from "@/db/schema/interviews";
import { interviewSorts } from "@/lib/db/interview-search";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// A hand-edited URL falls back to the defaults instead of failing the page.
export const interviewListParamsSchema = z.object({
  q: z.preprocess(single, z.string().trim().max(200).catch("")).default(""),
  status: z.preprocess(single, z.enum(interviewStatuses).optional().catch(undefined)),
  positionId: z.preprocess(single, z.uuid().optional().catch(undefined)),
  sort: z.preprocess(single, z.enum(interviewSorts).catch("newest")).default("newest"),
  /** Set by the page an action came from: `erased` after a candidate's data was deleted. */
  notice: z.preprocess(single, z.enum(["erased"]).optional().catch(undefined)),
});
export type InterviewListParams = z.infer<typeof interviewListParamsSchema>;
