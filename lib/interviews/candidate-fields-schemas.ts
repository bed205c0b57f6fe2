import { z } from "zod";
import { candidateTimeZoneSchema, externalIdSchema } from "@/lib/external-ids/schemas";

// What a recruiter or an ATS says about a candidate when inviting them: one definition for the
// single invite and for each row of a batch, so both accept and refuse the same values.

export const candidateEmailSchema = z
  .email()
  .max(320)
  .transform((email) => email.toLowerCase());
export const candidateNameSchema = z.string().trim().min(1).max(200);
export const maxResumeChars = 50_000;
export const resumeTextSchema = z.string().trim().max(maxResumeChars).nullish();

export const candidateReferenceFields = {
  externalCandidateId: externalIdSchema,
  externalApplicationId: externalIdSchema,
  candidateTimeZone: candidateTimeZoneSchema,
};
