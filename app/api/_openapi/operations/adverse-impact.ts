import { z } from "zod";
import { adverseImpactReportSchema } from "@/lib/compliance/adverse-impact/report-view";
import { adverseImpactQueryFieldsSchema } from "@/lib/compliance/adverse-impact/schemas";
import {
  postSelfIdentificationSchema,
  selfIdentificationViewSchema,
} from "../../interviews/[id]/self-identification/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";

const tag = "Adverse impact";

const reportDescription =
  "Over the interviews completed from `from` to `to` (ISO dates, UTC, both included; default the year up to today; at most 3 years): per sex, race/ethnicity and their intersections, the number of applicants, the number selected, the selection rate and the impact ratio (the rate ÷ the highest rate among categories not marked too few), in two measures: `decisions` (advanced ÷ advanced or rejected) and `scores` (overall ≥ `threshold`, default 70, ÷ scored; a human scorecard's overall when no AI scored). A category of fewer than 5 people or under 2 % of the total is `isTooFew` (counts kept, no rate or ratio); declined or blank answers are the `unknown` row; ratios under 0.8 are `belowFourFifths`. With `Accept: text/csv` (or `format=csv`, for a plain link) the same as a CSV attachment in the layout of an LL144 bias audit's tables.";

const reportErrors = {
  422: "`unprocessable_entity`: `from` or `to` is not a date, `from` is after `to`, the range is over 3 years, or `threshold` is not 0–100.",
} as const;

export const adverseImpactOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/interviews/{id}/self-identification",
    summary: "The candidate's voluntary self-identification, after the interview",
    description:
      "Sex and race/ethnicity (EEO-1 categories; `decline` declines), every field optional; sending again replaces the earlier answers. Stored apart from the interview: never shown to reviewers, the scorer or the company's export, only counted in the adverse-impact report and given back in the candidate's own export.",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    body: {
      schema: postSelfIdentificationSchema,
      example: { sex: "decline", raceEthnicity: "asian" },
    },
    success: { status: 200, description: "What was stored.", schema: selfIdentificationViewSchema },
    errors: { 409: "`conflict`: the interview is not over yet." },
  },
  {
    method: "get",
    path: "/api/adverse-impact",
    summary: "Selection rates and impact ratios over the workspace's interviews",
    description: reportDescription,
    tag,
    access: { member: "adverse-impact:read" },
    query: adverseImpactQueryFieldsSchema,
    success: { status: 200, description: "The report.", schema: adverseImpactReportSchema },
    errors: reportErrors,
  },
  {
    method: "get",
    path: "/api/positions/{id}/adverse-impact",
    summary: "Selection rates and impact ratios over one position's interviews",
    description: reportDescription,
    tag,
    access: { member: "adverse-impact:read" },
    pathParams: { id: uuidPathParam("position") },
    query: adverseImpactQueryFieldsSchema,
    success: {
      status: 200,
      description: "The report.",
      schema: adverseImpactReportSchema.extend({
        position: z.object({ id: z.uuid(), title: z.string() }),
      }),
    },
    errors: reportErrors,
  },
];
