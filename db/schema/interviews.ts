import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import {
  aiNoticeVersions,
  type StoredAccommodationGrant,
  type StoredAccommodationRequest,
} from "./notice-and-accommodations";
import { positions } from "./positions";
import { questionBank } from "./question-bank";
import { users } from "./users";

export const interviewStatuses = [
  "invited",
  "in_progress",
  "completed",
  "evaluating",
  "evaluated",
  "expired",
  "failed",
] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];
export const interviewStatus = pgEnum("interview_status", interviewStatuses);

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "restrict" }),
    createdByUserId: text("created_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    candidateEmail: text("candidate_email").notNull(),
    candidateName: text("candidate_name").notNull(),
    resumeText: text("resume_text"),
    status: interviewStatus("status").notNull().default("invited"),
    failureReason: text("failure_reason"),
    inviteTokenHash: text("invite_token_hash").notNull().unique(),
    inviteExpiresAt: timestamp("invite_expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    evaluatedAt: timestamp("evaluated_at", { withTimezone: true }),
    /** When the candidate agreed to be recorded on the consent screen; null: not recorded. */
    recordingConsentedAt: timestamp("recording_consented_at", { withTimezone: true }),
    /** Deepgram tokens minted for this interview: counted against STT_TOKENS_PER_INTERVIEW. */
    sttTokensGranted: integer("stt_tokens_granted").notNull().default(0),
    /** Model calls for follow-up decisions: counted against FOLLOW_UP_MODEL_CALLS_PER_INTERVIEW. */
    followUpModelCalls: integer("follow_up_model_calls").notNull().default(0),
    /** Recording chunk bytes accepted: counted against RECORDING_MAX_BYTES_PER_INTERVIEW. */
    recordingBytesReceived: integer("recording_bytes_received").notNull().default(0),
    /** The applicant tracking system's ids, free text, echoed in every webhook. */
    externalCandidateId: text("external_candidate_id"),
    externalApplicationId: text("external_application_id"),
    /** IANA zone of the candidate when the recruiter or ATS gave it: reminders keep to its daytime. */
    candidateTimeZone: text("candidate_time_zone"),
    /** When the candidate first opened the current invite link. */
    linkOpenedAt: timestamp("link_opened_at", { withTimezone: true }),
    /** When the candidate asked for no more reminders (the link in each mail). */
    remindersOptedOutAt: timestamp("reminders_opted_out_at", { withTimezone: true }),
    /** The AI notice version the candidate was shown before consent, its rendered hash, and when. */
    noticeVersionId: uuid("notice_version_id").references(() => aiNoticeVersions.id, {
      onDelete: "set null",
    }),
    noticeHash: text("notice_hash"),
    noticeSeenAt: timestamp("notice_seen_at", { withTimezone: true }),
    /** False when the candidate asked that no AI score them: transcripts only, a human scorecard. */
    aiScoring: boolean("ai_scoring").notNull().default(true),
    /** When the candidate sent their choices on the notice screen. */
    preferencesAt: timestamp("preferences_at", { withTimezone: true }),
    accommodationRequest: jsonb("accommodation_request").$type<StoredAccommodationRequest>(),
    accommodationGrant: jsonb("accommodation_grant").$type<StoredAccommodationGrant>(),
  },
  (table) => [
    index("interviews_company_status_created_idx").on(
      table.companyId,
      table.status,
      table.createdAt,
    ),
    index("interviews_company_created_idx").on(table.companyId, table.createdAt),
    index("interviews_position_id_idx").on(table.positionId),
    index("interviews_company_external_candidate_idx")
      .on(table.companyId, table.externalCandidateId)
      .where(sql`${table.externalCandidateId} is not null`),
    index("interviews_company_external_application_idx")
      .on(table.companyId, table.externalApplicationId)
      .where(sql`${table.externalApplicationId} is not null`),
    // The time-limit sweep looks only at interviews in progress: a small partial index.
    index("interviews_in_progress_started_idx")
      .on(table.startedAt)
      .where(sql`${table.status} = 'in_progress'`),
  ],
);

export const interviewQuestions = pgTable(
  "interview_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    bankQuestionId: uuid("bank_question_id").references(() => questionBank.id, {
      onDelete: "set null",
    }),
    order: integer("order").notNull(),
    /**
     * A follow-up asked after the answer to `parentQuestionId`: it shares the parent's `order` and
     * counts from 1 in `followUpNumber` (0 is the main question), so the thread reads in order.
     */
    parentQuestionId: uuid("parent_question_id").references(
      (): AnyPgColumn => interviewQuestions.id,
      { onDelete: "cascade" },
    ),
    followUpNumber: integer("follow_up_number").notNull().default(0),
    /** What the follow-up asks for that the answer lacked (shown to the recruiter). */
    followUpReason: text("follow_up_reason"),
    content: text("content").notNull(),
    category: text("category").notNull(),
    competency: text("competency").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("interview_questions_interview_order_uq").on(
      table.interviewId,
      table.order,
      table.followUpNumber,
    ),
    index("interview_questions_parent_idx").on(table.parentQuestionId),
    check(
      "interview_questions_follow_up_ck",
      sql`(${table.parentQuestionId} is null) = (${table.followUpNumber} = 0)`,
    ),
  ],
);

export type Interview = typeof interviews.$inferSelect;
export type NewInterview = typeof interviews.$inferInsert;
export type InterviewQuestion = typeof interviewQuestions.$inferSelect;
export type NewInterviewQuestion = typeof interviewQuestions.$inferInsert;
