import { z } from "zod";
import type { InterviewBankAnswer } from "@/lib/db/answer-bank-review";
import type { ReviewAuditEntry } from "@/lib/db/review-audit";
import { candidateReportSchema } from "@/lib/review/schemas";
import { reviewBankAnswerSchema } from "../../answer-bank/[id]/review/schema";
import { nominateAnswerSchema } from "../../interviews/[id]/answers/[questionId]/nominate/schema";
import { putDecisionSchema } from "../../interviews/[id]/decision/schema";
import { deleteOverrideSchema, putOverrideSchema } from "../../interviews/[id]/overrides/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";
import {
  hiringDecisionSchema,
  interviewBankAnswerSchema,
  questionRowSchema,
  reportRowSchema,
  reviewAuditEntrySchema,
  scoreOverrideSchema,
} from "../response-schemas";
import { humanReportResponseSchema } from "./scorecard";

// Typed against the queries' rows, so a column added there fails the typecheck here.
reviewAuditEntrySchema satisfies z.ZodType<ReviewAuditEntry>;
interviewBankAnswerSchema satisfies z.ZodType<InterviewBankAnswer>;

const tag = "Review";
const noReport = "`conflict`: the interview has no report yet (it is not evaluated).";
const unknownTarget =
  "`unprocessable_entity`: the input does not match the schema, or the target is not a question or competency the report scored.";

export const interviewReviewOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/interviews/{id}/report",
    summary: "The evaluation report",
    description:
      "A candidate gets only what their company shares (nothing, feedback without scores, or all). `aiScoring` says whether an AI scored the interview: when the candidate asked that none do, the report is the human scorecard and carries no AI score field at all.",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The report.",
      schema: z.union([
        z
          .looseObject({
            report: reportRowSchema,
            answers: z.array(z.looseObject({ question: questionRowSchema })),
            signals: z.array(z.looseObject({})),
          })
          .meta({
            description:
              "Recruiters: `report` (overall score, summary, recommendation, competency scores) and `answers` (each main question with its evaluation, its transcript `answer`, `durationMs`, and `followUps`: each follow-up asked after it, with its question, answer and duration; the score is the whole thread's), and `signals`: integrity signals to look at, which change no score.",
          }),
        candidateReportSchema,
        humanReportResponseSchema,
      ]),
    },
    errors: { 404: "`not_found`: no such interview, or its report is not ready yet." },
  },
  {
    method: "get",
    path: "/api/interviews/{id}/review",
    summary: "The human review: overrides, decision, banked answers and the audit trail",
    tag,
    access: { member: "interview:read" },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The review.",
      schema: z.object({
        overrides: z.array(scoreOverrideSchema),
        decision: hiringDecisionSchema.nullable(),
        audit: z.array(reviewAuditEntrySchema),
        bankAnswers: z.array(interviewBankAnswerSchema),
      }),
    },
  },
  {
    method: "put",
    path: "/api/interviews/{id}/overrides",
    summary: "Replace an answer's or a competency's score, with a reason",
    tag,
    access: { member: "review:write" },
    pathParams: interviewIdParams,
    body: {
      schema: putOverrideSchema,
      example: { kind: "competency", target: "ownership", score: 70, reason: "Checked the call." },
    },
    success: {
      status: 200,
      description: "The override with the AI's score beside it.",
      schema: z.object({ override: scoreOverrideSchema.extend({ aiScore: z.int() }) }),
    },
    errors: { 409: noReport, 422: unknownTarget },
  },
  {
    method: "delete",
    path: "/api/interviews/{id}/overrides",
    summary: "Clear a human score (the AI's stands again), with a reason",
    tag,
    access: { member: "review:write" },
    pathParams: interviewIdParams,
    body: { schema: deleteOverrideSchema },
    success: {
      status: 200,
      description: "What was cleared and the AI's score that now stands.",
      schema: z.object({
        cleared: z.object({ kind: z.string(), target: z.string() }),
        aiScore: z.int(),
      }),
    },
    errors: {
      404: "`not_found`: no such interview, or no override on that target.",
      409: noReport,
      422: unknownTarget,
    },
  },
  {
    method: "put",
    path: "/api/interviews/{id}/decision",
    summary: "Record the hiring decision (advance, hold or reject) with a note",
    tag,
    access: { member: "decision:write" },
    pathParams: interviewIdParams,
    body: {
      schema: putDecisionSchema,
      example: { decision: "advance", note: "Strong debugging." },
    },
    success: {
      status: 200,
      description: "The decision as stored.",
      schema: z.object({ decision: hiringDecisionSchema }),
    },
    errors: {
      409: `${noReport} Without AI scoring (the candidate asked for none) there is no report: the interview must be evaluated.`,
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/answers/{questionId}/nominate",
    summary: "Put an evaluated answer into the answer bank, approved by the caller",
    description:
      "The answer with its follow-up thread, as collection would bank it. An offline score never banks an answer (not even as pending): a recruiter nominates one here.",
    tag,
    access: { member: "position:write" },
    pathParams: { ...interviewIdParams, questionId: uuidPathParam("main question") },
    body: { schema: nominateAnswerSchema, example: { reason: "A clear, measured example." } },
    success: {
      status: 201,
      description: "The banked answer and its status.",
      schema: z.object({ answer: z.object({ id: z.uuid(), status: z.string() }) }),
      alsoStatus: {
        status: 200,
        description: "This interview's answer to the question was banked already: nothing new.",
      },
    },
    errors: {
      409: `${noReport} Or the question is not from the question bank, has no recorded answer, or a near-identical answer to it is already banked.`,
      422: "`unprocessable_entity`: the input does not match the schema, or the question is not an evaluated main question of this interview.",
    },
  },
  {
    method: "post",
    path: "/api/answer-bank/{id}/review",
    summary: "Approve or reject a banked answer of the company",
    tag,
    access: { member: "position:write" },
    pathParams: { id: uuidPathParam("banked answer") },
    body: { schema: reviewBankAnswerSchema, example: { status: "approved" } },
    success: {
      status: 200,
      description: "The answer's new status.",
      schema: z.object({ answer: z.object({ id: z.uuid(), status: z.string() }) }),
    },
  },
];
