import { z } from "zod";
import type { BatchInterviewInput } from "@/lib/db/batch-interviews";
import {
  candidateEmailSchema,
  candidateNameSchema,
  candidateReferenceFields,
  resumeTextSchema,
} from "@/lib/interviews/candidate-fields-schemas";
import type { BatchCandidate, BatchField, BatchProblem } from "./schemas";

/** A row as the single invite would take it: the same field schemas check both. */
const readyRowSchema = z.object({
  name: candidateNameSchema,
  email: candidateEmailSchema,
  resumeText: resumeTextSchema.transform((text) => text || null),
  externalCandidateId: candidateReferenceFields.externalCandidateId.transform((id) => id ?? null),
  externalApplicationId: candidateReferenceFields.externalApplicationId.transform(
    (id) => id ?? null,
  ),
  candidateTimeZone: candidateReferenceFields.candidateTimeZone.transform((zone) => zone ?? null),
});

function describeProblem(field: BatchField, raw: string, issue: z.core.$ZodIssue) {
  if ((field === "name" || field === "email") && raw === "") {
    return { code: "required" as const, message: `The ${field} is missing.` };
  }
  if (field === "email" && issue.code !== "too_big") {
    return { code: "invalid_email" as const, message: `"${raw}" is not an email address.` };
  }
  if (field === "candidateTimeZone" && issue.code !== "too_big") {
    return {
      code: "invalid_time_zone" as const,
      message: `"${raw}" is not an IANA time zone (e.g. Europe/Berlin).`,
    };
  }
  return { code: "too_long" as const, message: `The ${field} is too long: ${issue.message}.` };
}

/**
 * Checks each row on its own (rows count from 1), then email duplicates within the batch: the
 * first row with an address is kept, later ones are problems. Whether an address already has an
 * interview for the position is the database's question, asked when the rows are created.
 */
export function checkBatchRows(candidates: readonly BatchCandidate[]) {
  const ready: BatchInterviewInput[] = [];
  const problems: BatchProblem[] = [];
  const firstRowByEmail = new Map<string, number>();

  candidates.forEach((candidate, index) => {
    const row = index + 1;
    const raw = {
      ...candidate,
      name: candidate.name?.trim() ?? "",
      email: candidate.email?.trim() ?? "",
    };
    const parsed = readyRowSchema.safeParse(raw);
    if (!parsed.success) {
      const seen = new Set<BatchField>();
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as BatchField;
        if (seen.has(field)) continue;
        seen.add(field);
        problems.push({
          row,
          field,
          ...describeProblem(field, String(raw[field] ?? "").trim(), issue),
        });
      }
      return;
    }
    const firstRow = firstRowByEmail.get(parsed.data.email);
    if (firstRow !== undefined) {
      problems.push({
        row,
        field: "email",
        code: "duplicate_in_batch",
        message: `${parsed.data.email} is already on row ${firstRow}.`,
      });
      return;
    }
    firstRowByEmail.set(parsed.data.email, row);
    const { name, email, ...references } = parsed.data;
    ready.push({ row, candidateName: name, candidateEmail: email, ...references });
  });
  return { ready, problems };
}
