import "server-only";
import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import {
  companies,
  evaluations,
  interviewQuestions,
  interviews,
  platformRoles,
  positions,
  reports,
  workspaceRoles,
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
    platformRole: z.enum(platformRoles),
    companyId: z.string().nullable(),
    tokenId: z.string(),
    expiresAt: z.date().nullable(),
  })
  .nullable();

export const cachedMembershipSchema = z
  .object({
    role: z.enum(workspaceRoles),
    assignedPositionIds: z.array(z.string()),
  })
  .nullable();
