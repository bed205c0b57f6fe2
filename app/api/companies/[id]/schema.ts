import { z } from "zod";
import {
  candidateFeedbackLevels,
  explanationAccessLevels,
  recordingModes,
} from "@/db/schema/companies";
import { reminderPolicySchema } from "@/lib/invitations/schemas";

export const updateCompanySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000),
    website: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .max(500)
      .nullable(),
    /** What candidates see after the interview: a thank-you, feedback without scores, or all. */
    candidateFeedback: z.enum(candidateFeedbackLevels),
    /** Whether answers are recorded (after the candidate agrees): off, audio, or video where filmed. */
    recordingMode: z.enum(recordingModes),
    /** Reminders to candidates who have not started; null goes back to the default policy. */
    reminderPolicy: reminderPolicySchema.nullable(),
    /** Business days the invitation (with the AI notice) comes before the deadline (LL144: 10). */
    noticeLeadDays: z.int().min(0).max(30),
    /** When a candidate may open their explanation (AI Act Art. 86). */
    explanationAccess: z.enum(explanationAccessLevels),
    /** Days a recruiter has to answer a contest (GDPR Art. 22(3)). */
    contestDueDays: z.int().min(1).max(90),
    /** Months a decision record is kept after the decision (AI Act Art. 26(6): at least six). */
    auditRetentionMonths: z.int().min(6).max(120),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Send at least one field to change.");

export type UpdateCompanyInput = z.infer<typeof updateCompanySchema>;
