import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { decisionRecords } from "@/db/schema";
import { decisionTrailEntrySchema } from "@/lib/compliance/decision-records/schemas";
import { listDecisionRecordsQuerySchema } from "../../decision-records/schema";
import type { OperationSpec } from "../operation-spec";

const decisionRecordSchema = createSelectSchema(decisionRecords, {
  aiScoring: z.enum(["enabled", "opted_out"]).nullable(),
  counts: z.record(z.string(), z.int()),
  trail: z.array(decisionTrailEntrySchema),
}).meta({ id: "DecisionRecord" });

export const decisionRecordOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/decision-records",
    summary: "Find the de-identified decision records of an erased interview by its id",
    description:
      "Each erase (on request or by retention) leaves one record: the interview id as HMAC-SHA256 with a server key (`interviewIdHash`, never the id), the position, the decision and its time, whether AI scoring was on (`enabled`) or the candidate opted out (`opted_out`), rubric versions, the notice hash, counts, and a trail of review actions (numbers and fixed values before and after) and job runs, with no name, email, transcript, quote, note or error text. Kept until `retainUntil` (the decision, or the erase when undecided, plus the workspace's `auditRetentionMonths`). Only the caller's workspace is searched; an unknown id gives an empty list. See docs/compliance.md.",
    tag: "Data rights",
    access: { member: "candidate-data:manage" },
    query: listDecisionRecordsQuerySchema,
    success: {
      status: 200,
      description: "The hash searched for and the records found, newest erase first.",
      schema: z.object({ interviewIdHash: z.string(), records: z.array(decisionRecordSchema) }),
    },
    errors: { 422: "`unprocessable_entity`: `interviewId` is missing or not a UUID." },
  },
];
