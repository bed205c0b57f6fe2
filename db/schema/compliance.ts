import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { interviewQuestions, interviews } from "./interviews";
import { positions, type StoredCompetencyRubric } from "./positions";
import { users } from "./users";

/**
 * A recruiter's 1–5 for one rubric criterion of one competency, with the quote that earned it:
 * the scorecard of an interview the candidate asked not to be scored by AI. The overall is
 * computed from these as the AI path computes it from criterion points.
 */
export const humanScorecardEntries = pgTable(
  "human_scorecard_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    competency: text("competency").notNull(),
    criterionKey: text("criterion_key").notNull(),
    points: integer("points").notNull(),
    quote: text("quote").notNull().default(""),
    /** The rubric version whose anchors the recruiter scored against. */
    rubricVersion: text("rubric_version").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("human_scorecard_entries_criterion_uq").on(
      table.interviewId,
      table.competency,
      table.criterionKey,
    ),
    check("human_scorecard_entries_points_ck", sql`${table.points} between 1 and 5`),
  ],
);

export const contestKinds = ["wrong_transcript", "missing_context", "human_review"] as const;
export type ContestKind = (typeof contestKinds)[number];
export const contestStatuses = ["open", "answered"] as const;
export type ContestStatus = (typeof contestStatuses)[number];

/** A candidate's "contest or correct" on their explanation page: an item in the review queue. */
export const contests = pgTable(
  "contests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** The answer it is about, when the candidate named one. */
    questionId: uuid("question_id").references(() => interviewQuestions.id, {
      onDelete: "set null",
    }),
    kind: text("kind", { enum: contestKinds }).notNull(),
    message: text("message").notNull(),
    /**
     * The explanation page's address (it bears the invite token, which is stored only hashed),
     * encrypted as reminders keep their link: the answer's mail links back to it.
     */
    explanationLinkCiphertext: text("explanation_link_ciphertext"),
    status: text("status", { enum: contestStatuses }).notNull().default("open"),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    answer: text("answer"),
    answeredByUserId: text("answered_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("contests_company_status_due_idx").on(table.companyId, table.status, table.dueAt),
    index("contests_interview_idx").on(table.interviewId),
  ],
);

/** EEO-1 sex categories; "decline" is always offered first. */
export const selfIdSexes = ["decline", "female", "male"] as const;
export type SelfIdSex = (typeof selfIdSexes)[number];
/** EEO-1 race/ethnicity categories; "decline" is always offered first. */
export const selfIdRaceEthnicities = [
  "decline",
  "hispanic_or_latino",
  "white",
  "black_or_african_american",
  "native_hawaiian_or_pacific_islander",
  "asian",
  "american_indian_or_alaska_native",
  "two_or_more_races",
] as const;
export type SelfIdRaceEthnicity = (typeof selfIdRaceEthnicities)[number];

/**
 * Voluntary self-identification, apart from the interview: read only by the adverse-impact
 * aggregate and the candidate's own export; never by reviewers, the scorer or the company export.
 * Null fields were left blank.
 */
export const selfIdentifications = pgTable(
  "self_identifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .unique()
      .references(() => interviews.id, { onDelete: "cascade" }),
    sex: text("sex", { enum: selfIdSexes }),
    raceEthnicity: text("race_ethnicity", { enum: selfIdRaceEthnicities }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("self_identifications_company_position_idx").on(table.companyId, table.positionId),
  ],
);

export const scoringReplayStatuses = [
  "running",
  "ready",
  "applied",
  "discarded",
  "failed",
] as const;
export type ScoringReplayStatus = (typeof scoringReplayStatuses)[number];

/** What a proposed scoring change is: the position's rubrics, and the model or prompt named. */
export type StoredScoringChange = {
  rubrics?: StoredCompetencyRubric[];
  model?: string;
  scorerVersion?: string;
};

/**
 * A proposed scoring change replayed on the position's last completed interviews before it may
 * apply. Kept after it applies, with the rubric versions it produced.
 */
export const scoringReplays = pgTable(
  "scoring_replays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    requestedByUserId: text("requested_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    status: text("status", { enum: scoringReplayStatuses }).notNull().default("running"),
    change: jsonb("change").$type<StoredScoringChange>().notNull(),
    /** How many interviews to replay (the last N completed). */
    sampleSize: integer("sample_size").notNull(),
    fromRubricVersions: text("from_rubric_versions").array().notNull().default([]),
    toRubricVersions: text("to_rubric_versions").array().notNull().default([]),
    /** Shift per competency, band changes, impact ratios before and after (lib/compliance types). */
    result: jsonb("result"),
    error: text("error"),
    durationMs: integer("duration_ms"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    appliedByUserId: text("applied_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
  },
  (table) => [index("scoring_replays_position_created_idx").on(table.positionId, table.createdAt)],
);

/**
 * What is kept to reconstruct a decision after the candidate's content is erased: no name, mail,
 * transcript or free text; the interview id hashed with a server secret. Purged
 * `companies.audit_retention_months` after the decision.
 */
export const decisionRecords = pgTable(
  "decision_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    positionId: uuid("position_id"),
    interviewIdHash: text("interview_id_hash").notNull(),
    decision: text("decision"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    aiScoring: text("ai_scoring"),
    rubricVersions: text("rubric_versions").array().notNull().default([]),
    noticeHash: text("notice_hash"),
    /** answers, overrides, audit events and job runs; accommodation kinds applied. */
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    /** The audit trail without free text: action, time, actor id, numbers before and after. */
    trail: jsonb("trail").$type<unknown[]>().notNull().default([]),
    erasedAt: timestamp("erased_at", { withTimezone: true }).notNull().defaultNow(),
    retainUntil: timestamp("retain_until", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("decision_records_company_idx").on(table.companyId),
    index("decision_records_retain_until_idx").on(table.retainUntil),
  ],
);

export type HumanScorecardEntry = typeof humanScorecardEntries.$inferSelect;
export type Contest = typeof contests.$inferSelect;
export type SelfIdentification = typeof selfIdentifications.$inferSelect;
export type ScoringReplay = typeof scoringReplays.$inferSelect;
export type DecisionRecord = typeof decisionRecords.$inferSelect;
