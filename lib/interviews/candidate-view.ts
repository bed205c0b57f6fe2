import "server-only";
import type { Interview, RecordingMode, InterviewStatus as StoredStatus } from "@/db/schema";
import {
  getCompanyCached,
  getPositionCached,
  listInterviewQuestionsCached,
} from "@/lib/cache/cached-reads";
import {
  getEffectiveAnswerSeconds,
  isTypedOnly,
} from "@/lib/compliance/accommodations/apply-grant";
import { type CandidateView, candidateViewSchema, type InterviewStatus } from "./schemas";

// The browser's copy of the enums must not drift from the database's: both ways, or this fails.
type IsSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type EnumsMatchTheDatabase = Assert<
  IsSame<InterviewStatus, StoredStatus> &
    IsSame<CandidateView["company"]["recordingMode"], RecordingMode>
>;

/**
 * What a candidate sees of their interview, read through the cache: the interview (the caller
 * already holds it from the cached invite path), its company, its position and its questions each
 * come from their own entry, and each entry is invalidated by the writes that change it (status,
 * consent, questions, company and position edits), so the view is never older than its parts.
 * Null when the position or company is gone.
 */
export async function getCandidateView(options: {
  interview: Interview;
}): Promise<CandidateView | null> {
  const { interview } = options;
  const [company, position, questions] = await Promise.all([
    getCompanyCached(interview.companyId),
    getPositionCached(interview.positionId),
    listInterviewQuestionsCached(interview.id),
  ]);
  if (!company || !position) return null;
  const grant = interview.accommodationGrant;
  // Parsed, not cast: a field the schema (and so the OpenAPI document) lacks is never served.
  return candidateViewSchema.parse({
    id: interview.id,
    status: interview.status,
    candidateName: interview.candidateName,
    startedAt: interview.startedAt?.toISOString() ?? null,
    completedAt: interview.completedAt?.toISOString() ?? null,
    inviteExpiresAt: interview.inviteExpiresAt.toISOString(),
    // The stored reason is for the company and operators (it may quote an error or a model's
    // output); the candidate's page says in their language that the evaluation failed.
    failureReason: null,
    recordingConsentedAt: interview.recordingConsentedAt?.toISOString() ?? null,
    company: { id: company.id, name: company.name, recordingMode: company.recordingMode },
    position: {
      id: position.id,
      title: position.title,
      language: position.language,
      answerSeconds: getEffectiveAnswerSeconds(position.answerSeconds, grant),
    },
    accommodation: grant && {
      answerTimeMultiplier: grant.answerTimeMultiplier,
      typedOnly: isTypedOnly(grant),
      hasBreak: grant.kinds.includes("break"),
    },
    // Main questions only: follow-ups are part of their question, however many were asked.
    questionCount: questions.filter((question) => question.followUpNumber === 0).length,
  });
}
