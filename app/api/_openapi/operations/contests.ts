import { z } from "zod";
import {
  answerContestSchema,
  candidateContestSchema,
  createContestSchema,
  reviewQueueQuerySchema,
  reviewQueueSchema,
} from "@/lib/compliance/contests/schemas";
import { explanationSchema } from "@/lib/compliance/explanation/schemas";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";

const tag = "Explanation and contests";
const notAvailable =
  "`explanation_not_available`: the company opens the explanation after its decision (the default) or once the interview is evaluated; the message says when.";
const contestResponse = z.object({ contest: candidateContestSchema });

export const contestOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/interviews/{id}/explanation",
    summary: "The explanation of a result",
    description:
      "Per competency: its rubric criteria with the 1/3/5 anchors, the points each answer earned and the candidate's quotes that earned them; which numbers a person changed (the scorer's value and theirs, never who); the rubric versions; the decision in plain words (`not_advanced` names the lowest-scored competencies as the principal reasons). Without AI scoring it explains the human scorecard. Never integrity signals, other candidates or reviewers. Also the candidate's contests and their answers.",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    success: { status: 200, description: "The explanation.", schema: explanationSchema },
    errors: { 409: notAvailable },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/contests",
    summary: "Contest or correct a result",
    description:
      "The candidate only, once the explanation is available: a wrong transcript, missing context, or a request for a human review, optionally about one answer. It waits in the review queue, due in the workspace's `contestDueDays`; the position's team is notified. At most 3 an hour and 5 open at once per interview; the body is capped at 8 KB.",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    body: {
      schema: createContestSchema,
      example: { kind: "wrong_transcript", message: "I said 40 ms, not 40 s." },
    },
    success: { status: 201, description: "The contest, open.", schema: contestResponse },
    errors: {
      409: `${notAvailable} \`contest_limit_reached\`: 5 contests of this interview wait for an answer already.`,
      413: "`payload_too_large`: the body is over 8 KB.",
      429: "`rate_limited`: more than 3 contests of this interview in an hour; `Retry-After` says when to try again.",
    },
  },
  {
    method: "get",
    path: "/api/review-queue",
    summary: "Contests waiting for an answer",
    description:
      "Open contests first, soonest due first (`isOverdue` past the due date), then answered ones, latest first; up to 200. Evaluators see only the contests of positions they are assigned to.",
    tag,
    access: { member: "interview:read" },
    query: reviewQueueQuerySchema,
    success: { status: 200, description: "The queue.", schema: reviewQueueSchema },
  },
  {
    method: "post",
    path: "/api/contests/{id}/answer",
    summary: "Answer a contest",
    description:
      "Once: the answer is recorded in the interview's audit trail and mailed to the candidate in the position's language, with a link to their explanation.",
    tag,
    access: { member: "decision:write" },
    pathParams: { id: uuidPathParam("contest") },
    body: {
      schema: answerContestSchema,
      example: { answer: "We listened to the recording again and corrected Question 2." },
    },
    success: { status: 200, description: "The answered contest.", schema: contestResponse },
    errors: { 409: "`contest_answered`: the contest has been answered already." },
  },
];
