import { z } from "zod";
import {
  appliedAccommodationSchema,
  humanScorecardSchema,
} from "@/lib/compliance/scorecard/schemas";
import { putScorecardSchema } from "../../interviews/[id]/scorecard/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams } from "../path-params";
import { questionRowSchema } from "../response-schemas";

const tag = "Review";
const notOpen =
  "`conflict`: the interview is scored by AI (change its scores with overrides), or it is not over yet.";

/**
 * `GET /api/interviews/{id}/report` of an interview whose candidate asked that no AI score them:
 * the transcript and the human scorecard, and no AI score field at all.
 */
export const humanReportResponseSchema = z
  .object({
    aiScoring: z.literal(false),
    accommodation: appliedAccommodationSchema.nullable(),
    scorecard: humanScorecardSchema,
    answers: z.array(z.looseObject({ question: questionRowSchema })),
    signals: z.array(z.looseObject({})),
  })
  .meta({
    id: "HumanReport",
    description:
      "The candidate asked that no AI score them: `aiScoring` is false, there is no AI score, summary or recommendation; `scorecard` is the recruiters' 1–5 per rubric criterion, and `answers` the transcript of each question with its follow-ups.",
  });

export const scorecardOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/interviews/{id}/scorecard",
    summary: "The human scorecard of an interview without AI scoring",
    description:
      "Per competency of the interview's questions, the rubric's criteria with their 1/3/5 anchors (the ones the AI would have used) and the points and quotes recruiters gave so far, with the competency and overall scores once every criterion has points.",
    tag,
    access: { member: "interview:read" },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The scorecard.",
      schema: z.object({ scorecard: humanScorecardSchema }),
    },
    errors: { 409: notOpen },
  },
  {
    method: "put",
    path: "/api/interviews/{id}/scorecard",
    summary: "Give 1–5 and a quote on scorecard criteria",
    description:
      "Each entry sets one criterion's points (1–5) and the quote from the candidate's answers that earned them; each change is in the audit trail. Criteria not named keep their points.",
    tag,
    access: { member: "review:write" },
    pathParams: interviewIdParams,
    body: {
      schema: putScorecardSchema,
      example: {
        entries: [
          {
            competency: "ownership",
            criterionKey: "scope",
            points: 4,
            quote: "I owned the migration end to end",
          },
        ],
      },
    },
    success: {
      status: 200,
      description: "The scorecard as it now stands.",
      schema: z.object({ scorecard: humanScorecardSchema }),
    },
    errors: {
      409: notOpen,
      422: "`unprocessable_entity`: the input does not match the schema, or names no criterion of the interview's rubrics. `quote_not_in_answer`: the quote is not words the candidate said in that competency's answers.",
    },
  },
];
