import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type Company,
  companies,
  type Interview,
  interviewQuestions,
  type Position,
  positions,
} from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { getBaseLanguage } from "@/lib/i18n/languages";
import type { CandidateMailProps } from "@/lib/mail/candidate-mail-props";
import type { MailLocale } from "@/lib/mail/mail-kinds";
import { isMediaConfigured } from "@/lib/media/media-status";
import { isSttConfigured } from "@/lib/stt/stt-status";
import { isKnownTimeZone } from "./quiet-hours";

/** Companies have no brand colour column: the app's accent (the mail button's indigo). */
export const appAccentColor = "#4338ca";

export type CandidateMailContext = {
  company: Company;
  position: Position;
  questionCount: number;
};

/** The companies, positions and question counts of many interviews, in three queries. */
export async function loadCandidateMailContexts(
  list: readonly Interview[],
): Promise<Map<string, CandidateMailContext>> {
  if (list.length === 0) return new Map();
  const db = await getDb();
  const ids = (pick: (interview: Interview) => string) => [...new Set(list.map(pick))];
  const [companyRows, positionRows, counts] = await Promise.all([
    db
      .select()
      .from(companies)
      .where(
        inArray(
          companies.id,
          ids((i) => i.companyId),
        ),
      ),
    db
      .select()
      .from(positions)
      .where(
        inArray(
          positions.id,
          ids((i) => i.positionId),
        ),
      ),
    db
      .select({ interviewId: interviewQuestions.interviewId, count: sql<number>`count(*)::int` })
      .from(interviewQuestions)
      .where(
        and(
          inArray(
            interviewQuestions.interviewId,
            ids((i) => i.id),
          ),
          eq(interviewQuestions.followUpNumber, 0),
        ),
      )
      .groupBy(interviewQuestions.interviewId),
  ]);
  const companyById = new Map(companyRows.map((row) => [row.id, row]));
  const positionById = new Map(positionRows.map((row) => [row.id, row]));
  const countById = new Map(counts.map((row) => [row.interviewId, row.count]));
  const contexts = new Map<string, CandidateMailContext>();
  for (const interview of list) {
    const company = companyById.get(interview.companyId);
    const position = positionById.get(interview.positionId);
    if (!company || !position) continue;
    contexts.set(interview.id, {
      company,
      position,
      questionCount: countById.get(interview.id) ?? 0,
    });
  }
  return contexts;
}

/** English or Korean, by the position's language. */
export function candidateMailLocale(position: Position): MailLocale {
  return getBaseLanguage(position.language) === "ko" ? "ko" : "en";
}

function logoUrlOf(logo: string | null): string | null {
  if (!logo) return null;
  try {
    const url = new URL(logo);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The candidate's zone when it is one Intl knows; else null (UTC, named as such). */
export function candidateTimeZoneOf(interview: Interview): string | null {
  const zone = interview.candidateTimeZone;
  return zone && isKnownTimeZone(zone) ? zone : null;
}

/** What the invitation and reminder templates state about one interview. */
export function candidateMailProps(options: {
  interview: Interview;
  context: CandidateMailContext;
  link: string;
  optOutLink: string;
}): CandidateMailProps {
  const { interview, context, link, optOutLink } = options;
  const { company, position } = context;
  return {
    candidateName: interview.candidateName,
    companyName: company.name,
    logoUrl: logoUrlOf(company.logo),
    accentColor: appAccentColor,
    positionTitle: position.title,
    deadline: interview.inviteExpiresAt,
    timeZone: candidateTimeZoneOf(interview),
    questionCount: Math.max(1, context.questionCount),
    answerSeconds: position.answerSeconds,
    followUpsPerQuestion: position.followUpsPerQuestion ?? env.FOLLOW_UPS_PER_QUESTION,
    consent: {
      speechEnabled: isSttConfigured(),
      mediaEnabled: isMediaConfigured(),
      isRecordingOffered: company.recordingMode !== "off",
      retentionDays: env.DATA_RETENTION_DAYS,
    },
    link,
    optOutLink,
  };
}
