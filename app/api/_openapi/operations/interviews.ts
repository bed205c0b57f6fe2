import { z } from "zod";
import { candidateViewSchema } from "@/lib/interviews/schemas";
import { reissueInviteSchema } from "../../interviews/[id]/invite/schema";
import {
  reorderQuestionsSchema,
  updateQuestionSchema,
} from "../../interviews/[id]/questions/schema";
import { recruiterInterviewViewSchema } from "../../interviews/[id]/schema";
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
      "`status` takes a comma-separated list. Pass `nextCursor` back as `cursor` for the next page.",
    tag,
    access: { member: "interview:read" },
    query: listInterviewsQuerySchema,
    success: {
      status: 200,
      description: "One page of interviews.",
      schema: z.object({ interviews: z.array(interviewSchema), nextCursor: z.string().nullable() }),
    },
  },
  {
    method: "post",
    path: "/api/interviews",
    summary: "Invite a candidate to an interview for one of the company's positions",
    description:
      "Questions come from the bank at once and are rewritten by the model when one is configured. The invite token and URL are shown only in this response.",
    tag,
    access: { member: "interview:write" },
    body: {
      schema: createInterviewSchema,
      example: {
        positionId: "0b6c3a0e-4f7e-4c55-9a43-2f8d7c1e5b90",
        candidateEmail: "ada@example.com",
        candidateName: "Ada Lovelace",
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
