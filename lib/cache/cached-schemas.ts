import "server-only";
import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import {
  companies,
  evaluations,
  interviewQuestions,
  interviews,
  positions,
  reports,
} from "@/db/schema";

// What a cache read must look like; anything else (an old deploy's shape, corruption) is a miss.
export const cachedInterviewSchema = createSelectSchema(interviews);
export const cachedInterviewIdSchema = z.string().nullable();
export const cachedQuestionsSchema = z.array(createSelectSchema(interviewQuestions));
export const cachedCompanySchema = createSelectSchema(companies);
export const cachedPositionSchema = createSelectSchema(positions);
export const cachedReportSchema = z
  .object({
    report: createSelectSchema(reports),
    answers: z.array(
      z.object({
        evaluation: createSelectSchema(evaluations),
        question: createSelectSchema(interviewQuestions),
      }),
    ),
  })
  .nullable();
export const cachedTokenUserSchema = z
  .object({
    userId: z.string(),
    role: z.enum(["recruiter", "operator"]),
    companyId: z.string().nullable(),
    tokenId: z.string(),
    expiresAt: z.date().nullable(),
  })
  .nullable();
