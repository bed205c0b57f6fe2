import { z } from "zod";
import { interviewStatuses } from "@/db/schema/interviews";
import { externalIdSchema } from "@/lib/external-ids/schemas";
import {
  candidateEmailSchema,
  candidateNameSchema,
  candidateReferenceFields,
  resumeTextSchema,
} from "@/lib/interviews/candidate-fields-schemas";

export const questionCountSchema = z.int().min(1).max(20).default(5);
export const inviteTtlDaysSchema = z.int().min(1).max(90).optional();

export const createInterviewSchema = z.strictObject({
  positionId: z.uuid(),
  candidateEmail: candidateEmailSchema,
  candidateName: candidateNameSchema,
  resumeText: resumeTextSchema,
  ...candidateReferenceFields,
  questionCount: questionCountSchema,
  inviteTtlDays: inviteTtlDaysSchema,
  sendInvitation: z.boolean().default(true).meta({
    description:
      "Mail the candidate their invitation (default); false when you send the link yourself.",
  }),
});
export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;

const cursorSchema = z.string().transform((value, ctx) => {
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const parsed = z
    .object({ createdAt: z.coerce.date(), id: z.uuid() })
    .safeParse({ createdAt, id });
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: "is not a cursor this API returned" });
  return z.NEVER;
});

export const listInterviewsQuerySchema = z.strictObject({
  status: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.enum(interviewStatuses)))
    .optional(),
  positionId: z.uuid().optional(),
  externalCandidateId: externalIdSchema,
  externalApplicationId: externalIdSchema,
  externalJobId: externalIdSchema.meta({
    description: "Interviews for the position with this ATS job id.",
  }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorSchema.optional(),
});
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}
