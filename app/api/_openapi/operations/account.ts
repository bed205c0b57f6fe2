import { z } from "zod";
import { createApiTokenSchema } from "../../api-tokens/schema";
import { updateCompanySchema } from "../../companies/[id]/schema";
import type { OperationSpec } from "../operation-spec";
import { uuidPathParam } from "../path-params";
import { apiTokenSchema, companySchema } from "../response-schemas";

const companyIdParams = { id: uuidPathParam("company") };

export const accountOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/api-tokens",
    summary: "Mint an API token for the signed-in user; its text is shown only here",
    tag: "Account",
    access: "userSession",
    body: { schema: createApiTokenSchema, example: { name: "ATS sync", expiresInDays: 90 } },
    success: {
      status: 201,
      description: "The token's record and its text.",
      schema: apiTokenSchema
        .omit({ lastUsedAt: true, revokedAt: true })
        .extend({ token: z.string().meta({ description: "`ivk_…`; shown only here." }) }),
    },
    errors: {
      403: "`forbidden`: a member whose role lacks `members:manage` (or no workspace member nor operator), the request carries a bearer token instead of a session, or a cookie write came from another site.",
    },
  },
  {
    method: "get",
    path: "/api/api-tokens",
    summary: "The caller's API tokens (prefixes only)",
    tag: "Account",
    access: "user",
    success: {
      status: 200,
      description: "The tokens, newest first.",
      schema: z.object({ tokens: z.array(apiTokenSchema) }),
    },
  },
  {
    method: "delete",
    path: "/api/api-tokens/{id}",
    summary: "Revoke one of the caller's API tokens",
    tag: "Account",
    access: "user",
    pathParams: { id: uuidPathParam("API token") },
    success: { status: 204, description: "Revoked." },
  },
  {
    method: "get",
    path: "/api/companies/{id}",
    summary: "Read the caller's own company",
    tag: "Account",
    access: { member: "position:read" },
    pathParams: companyIdParams,
    success: { status: 200, description: "The company.", schema: companySchema },
  },
  {
    method: "patch",
    path: "/api/companies/{id}",
    summary:
      "Edit the company's profile, what candidates see after the interview, whether answers are recorded, and its compliance settings",
    description:
      "`reminderPolicy` sets the reminders to candidates who have not started: `atHalfWindow` and `hoursBeforeDeadline` (at most five, 1–720); none falls between 21:00 and 08:00 in a candidate's known time zone. `null` goes back to the default (half the window and 24 hours before).\n\nCompliance settings (docs/compliance.md): `noticeLeadDays` (0–30 business days the invitation, carrying the AI notice, comes before the deadline; NYC LL144 asks 10), `explanationAccess` (`after_decision` or `after_completion`: when a candidate may open their explanation, AI Act Art. 86), `contestDueDays` (1–90 days to answer a contest, GDPR Art. 22(3)), `auditRetentionMonths` (6–120 months a de-identified decision record is kept after the decision, AI Act Art. 26(6)).",
    tag: "Account",
    access: { member: "workspace:manage" },
    pathParams: companyIdParams,
    body: {
      schema: updateCompanySchema,
      example: { candidateFeedback: "feedback", recordingMode: "audio", noticeLeadDays: 10 },
    },
    success: { status: 200, description: "The updated company.", schema: companySchema },
  },
];
