import { z } from "zod";
import { batchInviteResultSchema, csvPreviewSchema } from "@/lib/batch-invites/schemas";
import { candidateViewSchema } from "@/lib/interviews/schemas";
import { invitationStatusSchema } from "@/lib/invitations/schemas";
import { reissueInviteSchema } from "../../interviews/[id]/invite/schema";
import {
  reorderQuestionsSchema,
  updateQuestionSchema,
} from "../../interviews/[id]/questions/schema";
import { recruiterInterviewViewSchema } from "../../interviews/[id]/schema";
import {
  batchInviteSchema,
  csvPreviewQuerySchema,
  idempotencyKeyHeaderSchema,
} from "../../interviews/batch/schema";
import { createInterviewSchema, listInterviewsQuerySchema } from "../../interviews/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";
import {
  interviewSchema,
  issuedInviteSchema,
  questionRowSchema,
  questionSchema,
} from "../response-schemas";

const tag = "Interviews";
const questionsLocked =
  "`conflict`: the questions can be changed only before the interview starts.";

export const interviewOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/interviews",
    summary: "List the company's interviews, newest first, a page at a time",
    description:
      "Each interview carries `invitation`: its invitation mail sent and delivered, the link opened, reminders sent or refused. `status` takes a comma-separated list. `externalCandidateId`, `externalApplicationId` and `externalJobId` (the position's) match exactly, within the company. Pass `nextCursor` back as `cursor` for the next page.",
    tag,
    access: { member: "interview:read" },
    query: listInterviewsQuerySchema,
    success: {
      status: 200,
      description: "One page of interviews.",
      schema: z.object({
        interviews: z.array(interviewSchema.extend({ invitation: invitationStatusSchema })),
        nextCursor: z.string().nullable(),
      }),
    },
  },
  {
    method: "post",
    path: "/api/interviews",
    summary: "Invite a candidate to an interview for one of the company's positions",
    description:
      "Questions come from the bank at once and are rewritten by the model when one is configured. The invite token and URL are shown only in this response. `externalCandidateId` and `externalApplicationId` are the applicant tracking system's ids, echoed in responses and webhooks; `candidateTimeZone` (IANA) keeps reminders to the candidate's daytime.",
    tag,
    access: { member: "interview:write" },
    body: {
      schema: createInterviewSchema,
      example: {
        positionId: "0b6c3a0e-4f7e-4c55-9a43-2f8d7c1e5b90",
        candidateEmail: "ada@example.com",
        candidateName: "Ada Lovelace",
        externalCandidateId: "gh-cand-4411",
        externalApplicationId: "gh-app-90210",
        candidateTimeZone: "Europe/London",
        questionCount: 5,
        inviteTtlDays: 7,
      },
    },
    success: {
      status: 201,
      description: "The interview, its question count and the invite (shown only here).",
      schema: issuedInviteSchema.extend({ questionCount: z.int() }),
    },
    errors: {
      404: "`not_found`: the position is not one of the company's.",
      409: "`conflict`: the question bank has no questions in the position's language.",
    },
  },
  {
    method: "post",
    path: "/api/interviews/batch",
    summary: "Invite up to 1,000 candidates to one position at once",
    description:
      "Each row is checked on its own: a missing name or email, a bad email, a time zone that is not IANA, a text over its limit, an email twice in the batch or one that already has a live (not expired or failed) interview for the position. Rows with a problem are listed in `problems` and skipped; the others are created (`created`, with each invite URL, shown only here). `dryRun: true` creates nothing and answers the problems (200). Creating needs an `Idempotency-Key` header: the same key and body within 24 hours get the first answer again (with `Idempotent-Replayed: true`), another body under the same key is `409 idempotency_key_reused`, and a repeat while the first is still running is `409 idempotency_key_in_flight`. The body may be up to 20 MiB.",
    tag,
    access: { member: "interview:write" },
    headers: idempotencyKeyHeaderSchema,
    body: {
      schema: batchInviteSchema,
      example: {
        positionId: "0b6c3a0e-4f7e-4c55-9a43-2f8d7c1e5b90",
        candidates: [
          {
            name: "Ada Lovelace",
            email: "ada@example.com",
            externalCandidateId: "gh-cand-4411",
            externalApplicationId: "gh-app-90210",
            candidateTimeZone: "Europe/London",
          },
          { name: "Grace Hopper", email: "grace@example.com" },
        ],
        sendInvitations: true,
      },
    },
    success: {
      status: 201,
      description: "What was created and which rows were skipped, and why.",
      schema: batchInviteResultSchema,
      alsoStatus: { status: 200, description: "A dry run: the problems; nothing created." },
    },
    errors: {
      400: "`bad_request`: the body is empty or not JSON, or creating without an `Idempotency-Key` header.",
      404: "`not_found`: the position is not one of the company's.",
      409: "`idempotency_key_reused`: this key came with another body. `idempotency_key_in_flight`: the first request with this key is still running. `conflict`: the question bank has no questions in the position's language.",
    },
  },
  {
    method: "post",
    path: "/api/interviews/batch/preview",
    summary: "Read a candidates CSV into batch rows and list each row's problems",
    description:
      "The body is the CSV itself (`Content-Type: text/csv`): a header line, then one candidate per line. Columns (header names in any case; spaces or underscores alike): `name`, `email` (required), `resume`, `external_candidate_id`, `external_application_id`, `time_zone`; others are ignored. A missing required column is a problem on row 0 and no rows are read. Row n is the n-th line after the header (blank lines skipped), as `candidates[n-1]`, which can be sent as-is to `POST /api/interviews/batch`. Creates nothing.",
    tag,
    access: { member: "interview:write" },
    query: csvPreviewQuerySchema,
    body: {
      schema: z.string().meta({ description: "The CSV text." }),
      mediaType: "text/csv",
      example: "name,email,external_candidate_id\nAda Lovelace,ada@example.com,gh-cand-4411\n",
    },
    success: {
      status: 200,
      description: "The rows read and their problems.",
      schema: csvPreviewSchema,
    },
    errors: {
      404: "`not_found`: the position is not one of the company's.",
      409: "`conflict`: the question bank has no questions in the position's language.",
      413: "`payload_too_large`: the file is over 20 MiB or has more than 1,000 rows.",
      415: "`unsupported_media_type`: send the file as `Content-Type: text/csv`.",
      422: "`unprocessable_entity`: the file is not valid CSV (the message names the line), or `positionId` is missing.",
    },
  },
  {
    method: "get",
    path: "/api/interviews/{id}",
    summary: "Read an interview with its company, position and question count",
    description:
      "A candidate gets the `CandidateView`, the same view model their invite page renders (no email, résumé or STT accounting). A recruiter gets the `RecruiterInterviewView`: the whole interview with the same company, position and question count.",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The recruiter's view, or the candidate's.",
      schema: z.union([recruiterInterviewViewSchema, candidateViewSchema]),
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/expire",
    summary: "Withdraw an unused invite (repeating it is harmless)",
    tag,
    access: { member: "interview:write" },
    pathParams: interviewIdParams,
    success: { status: 200, description: "The expired interview.", schema: interviewSchema },
    errors: { 409: "`conflict`: the candidate has already started." },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/invite",
    summary: "Re-issue an unused or expired invite: a new link, the previous one stops working",
    description:
      "The body is optional: without a Content-Type the default invite lifetime applies.",
    tag,
    access: { member: "interview:write" },
    pathParams: interviewIdParams,
    body: { schema: reissueInviteSchema, example: { inviteTtlDays: 14 }, isOptional: true },
    success: {
      status: 200,
      description: "The interview and its new invite (shown only here).",
      schema: issuedInviteSchema,
    },
    errors: { 409: "`conflict`: the candidate has already started." },
  },
  {
    method: "get",
    path: "/api/interviews/{id}/questions",
    summary:
      "List the interview's questions in thread order: each main question, then its follow-ups",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The questions in order.",
      schema: z.object({ questions: z.array(questionSchema) }),
    },
  },
  {
    method: "patch",
    path: "/api/interviews/{id}/questions/{questionId}",
    summary: "Reword a question before the interview starts",
    tag,
    access: { member: "interview:write" },
    pathParams: { ...interviewIdParams, questionId: uuidPathParam("question") },
    body: { schema: updateQuestionSchema, example: { content: "Tell me about a hard bug." } },
    success: { status: 200, description: "The updated question.", schema: questionRowSchema },
    errors: { 409: questionsLocked },
  },
  {
    method: "put",
    path: "/api/interviews/{id}/questions/order",
    summary: "Set the question order before the interview starts",
    tag,
    access: { member: "interview:write" },
    pathParams: interviewIdParams,
    body: { schema: reorderQuestionsSchema },
    success: {
      status: 200,
      description: "The questions in their new order.",
      schema: z.object({ questions: z.array(questionRowSchema) }),
    },
    errors: {
      409: questionsLocked,
      422: "`unprocessable_entity`: the list must name every question of the interview once.",
    },
  },
];
