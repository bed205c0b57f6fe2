import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import {
  answerBank,
  apiTokens,
  companies,
  dataDeletions,
  hiringDecisions,
  interviewQuestions,
  interviews,
  positions,
  questionBank,
  reports,
  reviewAudit,
  scoreOverrides,
  transcriptSegments,
} from "@/db/schema";
import { interviewQuestionViewSchema } from "@/lib/interviews/schemas";
import { competencyRubricSchema } from "@/lib/rubrics/schemas";

// Response bodies that are table rows are described from the tables themselves, so a new column
// shows up here without anyone remembering to document it. Hidden columns are omitted as the
// serializers in lib/interviews/serialize-interview.ts omit them.

export const interviewSchema = createSelectSchema(interviews)
  .omit({ inviteTokenHash: true, createdByUserId: true })
  .meta({ id: "Interview" });

export const candidateInterviewSchema = interviewSchema
  .omit({ candidateEmail: true, resumeText: true, sttTokensGranted: true })
  .meta({ id: "CandidateInterview", description: "The interview as its candidate sees it." });

export const issuedInviteSchema = interviewSchema.extend({
  inviteToken: z.string().meta({ description: "The candidate's bearer token; shown only here." }),
  inviteUrl: z.url().meta({ description: "The link to send the candidate; shown only here." }),
});

export const companySchema = createSelectSchema(companies).meta({ id: "Company" });
// The rubrics column is typed jsonb: the schema that validates what goes into it describes it better.
export const positionSchema = createSelectSchema(positions, {
  rubrics: z.array(competencyRubricSchema),
}).meta({ id: "Position" });
export const transcriptSegmentSchema = createSelectSchema(transcriptSegments).meta({
  id: "TranscriptSegment",
});

export const questionRowSchema = createSelectSchema(interviewQuestions).meta({
  id: "InterviewQuestionRow",
});

/** What the question list shows both audiences (a follow-up's reason is for the report only). */
export const questionSchema = interviewQuestionViewSchema;

/** The audit row an erase keeps: ids and counts per table and store, no personal data. */
export const dataDeletionSchema = createSelectSchema(dataDeletions, {
  removed: z.record(z.string(), z.int()),
}).meta({ id: "DataDeletion" });

export const reportRowSchema = createSelectSchema(reports).meta({ id: "Report" });

export const hiringDecisionSchema = createSelectSchema(hiringDecisions).meta({
  id: "HiringDecision",
});
/** An audit entry, newest first, with the actor's name as it was when they acted. */
export const reviewAuditEntrySchema = createSelectSchema(reviewAudit)
  .pick({
    id: true,
    action: true,
    subject: true,
    before: true,
    after: true,
    reason: true,
    createdAt: true,
    answerBankId: true,
  })
  .extend({
    actor: z
      .object({
        id: z.string().nullable().meta({ description: "Null once the user is deleted." }),
        name: z.string(),
      })
      .nullable(),
  })
  .meta({ id: "ReviewAuditEntry" });

/** An answer of this interview in the answer bank. */
export const interviewBankAnswerSchema = createSelectSchema(answerBank)
  .pick({ id: true, status: true, score: true })
  .extend({ interviewQuestionId: z.uuid() })
  .meta({ id: "InterviewBankAnswer" });

/** An evaluated candidate of a position, as the compare page ranks them. */
export const positionCandidateSchema = createSelectSchema(interviews)
  .pick({
    candidateName: true,
    candidateEmail: true,
    status: true,
    completedAt: true,
    evaluatedAt: true,
  })
  .extend(
    createSelectSchema(reports).pick({
      overallScore: true,
      recommendation: true,
      provider: true,
      model: true,
    }).shape,
  )
  .extend({
    interviewId: z.uuid(),
    competencyScores: z.array(
      z.object({
        competency: z.string(),
        score: z.number(),
        questionCount: z.int(),
        humanScore: z.number().optional(),
      }),
    ),
    humanOverallScore: z.number().optional(),
    /** Only `model` and `human` scores rank by default; `offline` is a screening aid. */
    scoredBy: z.enum(["model", "human", "offline"]),
    decision: createSelectSchema(hiringDecisions)
      .pick({ decision: true, note: true, updatedAt: true })
      .nullable(),
  })
  .meta({ id: "PositionCandidate" });

/** An approved answer of the company's candidates, with the bank question it answers. */
export const bankedAnswerSchema = createSelectSchema(answerBank)
  .pick({ id: true, text: true, score: true, createdAt: true, sourceInterviewId: true })
  .extend({
    candidateName: z.string(),
    question: createSelectSchema(questionBank).pick({
      id: true,
      content: true,
      competency: true,
      language: true,
    }),
  })
  .meta({ id: "BankedAnswer" });

export const scoreOverrideSchema = createSelectSchema(scoreOverrides).meta({ id: "ScoreOverride" });

export const apiTokenSchema = createSelectSchema(apiTokens)
  .pick({
    id: true,
    name: true,
    tokenPrefix: true,
    createdAt: true,
    lastUsedAt: true,
    expiresAt: true,
    revokedAt: true,
    companyId: true,
  })
  .meta({ id: "ApiToken" });

/** A JSON object whose fields are listed in words only: no zod schema describes it yet. */
export function describedObject(description: string) {
  return z.looseObject({}).meta({ description });
}
