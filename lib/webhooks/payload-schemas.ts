import { z } from "zod";
import { hiringDecisionValues } from "@/db/schema/reviews";
import type { WorkspaceEventType } from "./event-types";

/**
 * What every webhook says about the interview: ids only, ours and the ATS's, so a receiver can
 * match it to its own records. No names, addresses or transcripts (and nothing after an erase).
 */
const interviewRefsSchema = z.object({
  interviewId: z.uuid(),
  positionId: z.uuid(),
  externalJobId: z.string().nullable().meta({ description: "The position's id in the ATS." }),
  externalCandidateId: z.string().nullable(),
  externalApplicationId: z.string().nullable(),
});
export type InterviewRefs = z.infer<typeof interviewRefsSchema>;

/** A report event says whether an AI scored it; one without AI scoring carries no score at all. */
const reportRefsSchema = interviewRefsSchema.extend({
  aiScoring: z.boolean().meta({
    description:
      "False when the candidate asked that no AI score them: a person scores the interview on a scorecard.",
  }),
});

const dataSchemas = {
  "interview.invited": interviewRefsSchema,
  "interview.started": interviewRefsSchema,
  "interview.completed": interviewRefsSchema,
  "report.ready": reportRefsSchema,
  "report.needs_review": reportRefsSchema,
  "decision.made": interviewRefsSchema.extend({ decision: z.enum(hiringDecisionValues) }),
  "candidate.erased": interviewRefsSchema,
} satisfies Record<WorkspaceEventType, z.ZodType>;

const descriptions: Record<WorkspaceEventType, string> = {
  "interview.invited":
    "An interview was created for a candidate (the invitation may follow by mail).",
  "interview.started": "The candidate began the interview.",
  "interview.completed": "The candidate finished (or the time limit ended the interview).",
  "report.ready":
    "The report is scored and can be read. When a person must look first, report.needs_review follows. With `aiScoring` false (the candidate asked that no AI score them) nothing was scored: the transcript is ready for a person's scorecard, and report.needs_review always follows.",
  "report.needs_review":
    "The report rests on something a person must look at (a flagged answer, or the offline scorer, which gives no hire band); sent after report.ready.",
  "decision.made": "A recruiter recorded advance, hold or reject.",
  "candidate.erased": "Everything held about the candidate's interview was deleted.",
};

function envelopeOf<T extends WorkspaceEventType>(type: T) {
  const schemaId = `Webhook_${type.replace(".", "_")}`;
  return z
    .object({
      type: z.literal(type),
      timestamp: z.iso.datetime().meta({ description: "When it happened (UTC, ISO 8601)." }),
      data: dataSchemas[type],
    })
    .meta({ id: schemaId, description: descriptions[type] });
}

/**
 * The body of each webhook type, Standard Webhooks' `{type, timestamp, data}`: what the fan-out
 * builds every payload with, and what the OpenAPI document's `webhooks` section shows.
 */
export const webhookPayloadSchemas = {
  "interview.invited": envelopeOf("interview.invited"),
  "interview.started": envelopeOf("interview.started"),
  "interview.completed": envelopeOf("interview.completed"),
  "report.ready": envelopeOf("report.ready"),
  "report.needs_review": envelopeOf("report.needs_review"),
  "decision.made": envelopeOf("decision.made"),
  "candidate.erased": envelopeOf("candidate.erased"),
} satisfies { [T in WorkspaceEventType]: z.ZodType };

export type WebhookPayload = z.infer<(typeof webhookPayloadSchemas)[WorkspaceEventType]>;

/** The body of one webhook, checked against its type's schema (so nothing else slips in). */
export function buildWebhookPayload(input: {
  type: WorkspaceEventType;
  occurredAt: string;
  data: InterviewRefs & { decision?: string; aiScoring?: boolean };
}): WebhookPayload {
  return webhookPayloadSchemas[input.type].parse({
    type: input.type,
    timestamp: input.occurredAt,
    data: input.data,
  });
}
