import { z } from "zod";
import type { ParticipantToken } from "@/lib/media/create-participant-token";
import { participantTokenSchema } from "@/lib/media/schemas";
import type { SttToken } from "@/lib/stt/create-stt-token";
import { sttTokenSchema } from "@/lib/stt/schemas";
import {
  addTranscriptSegmentsSchema,
  listTranscriptQuerySchema,
} from "../../interviews/[id]/transcripts/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams } from "../path-params";
import { candidateInterviewSchema, transcriptSegmentSchema } from "../response-schemas";

const tag = "Interview session";
const notInProgress =
  "`interview_not_in_progress` (the interview is not running) or `interview_time_limit` (it ran past its maximum duration).";

// Typed against the lib's return types, so a field added there fails the typecheck here.
participantTokenSchema satisfies z.ZodType<ParticipantToken>;
sttTokenSchema satisfies z.ZodType<SttToken>;

export const interviewSessionOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/interviews/{id}/start",
    summary: "The candidate begins the interview (repeatable while it is in progress)",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The started interview.",
      schema: candidateInterviewSchema,
    },
    errors: { 409: "`conflict`: the interview has already finished or expired." },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/complete",
    summary: "The candidate finishes (repeatable once done); the evaluation starts",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The completed interview.",
      schema: candidateInterviewSchema,
    },
    errors: { 409: "`conflict`: the interview was never started, or has expired." },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/transcripts",
    summary: "The candidate's client saves final transcript segments (idempotent by segment id)",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    body: {
      schema: addTranscriptSegmentsSchema,
      example: {
        segments: [
          {
            id: "seg-1",
            questionId: "6f1d2c3b-8a4e-4f50-9b1c-2d3e4f5a6b7c",
            speaker: "candidate",
            text: "I would start by reproducing the bug.",
            startMs: 0,
            endMs: 2400,
          },
        ],
      },
    },
    success: {
      status: 201,
      description: "Segment ids stored now and ids already stored.",
      schema: z.object({ stored: z.array(z.string()), duplicates: z.array(z.string()) }),
      alsoStatus: { status: 200, description: "Every segment was already stored." },
    },
    errors: {
      409: "`conflict`: the interview is not in progress.",
      413: "`payload_too_large`: the body is over the size limit, or the transcript would pass its per-interview cap (nothing of the batch is saved).",
      422: "`unprocessable_entity`: a segment does not match the schema, or names a question of another interview.",
    },
  },
  {
    method: "get",
    path: "/api/interviews/{id}/transcripts",
    summary: "List transcript segments in question order, then time",
    description: "A candidate sees only their own (candidate) segments.",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    query: listTranscriptQuerySchema,
    success: {
      status: 200,
      description: "The segments.",
      schema: z.object({ segments: z.array(transcriptSegmentSchema) }),
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/media-token",
    summary: "A short-lived LiveKit token for this interview's room",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The token (not cached).",
      schema: participantTokenSchema,
    },
    errors: {
      409: notInProgress,
      503: "`media_unavailable`: LiveKit is not configured.",
    },
  },
  {
    method: "post",
    path: "/api/stt/token",
    summary: "A short-lived Deepgram token for the calling candidate's live transcription",
    description: "The interview is the one the invite token names; there is no id in the path.",
    tag,
    access: "principal",
    success: { status: 200, description: "The token (not cached).", schema: sttTokenSchema },
    errors: {
      409: notInProgress,
      429: "`rate_limited`, or `stt_budget_exhausted`: the interview has used its speech-to-text token budget.",
      502: "`stt_grant_failed`: Deepgram refused to grant a token.",
      503: "`stt_unavailable`: speech-to-text is not configured.",
    },
  },
];
