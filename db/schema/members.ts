// better-auth organization plugin tables (member, invitation), with snake_case columns.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { positions } from "./positions";
import { users } from "./users";

export const workspaceRoles = ["owner", "admin", "recruiter", "evaluator"] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: workspaceRoles }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("members_company_user_idx").on(table.organizationId, table.userId),
    index("members_user_id_idx").on(table.userId),
  ],
);

export const invitationStatuses = ["pending", "accepted", "rejected", "canceled"] as const;

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: workspaceRoles }),
    status: text("status", { enum: invitationStatuses }).notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    inviterId: text("inviter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("invitations_company_id_idx").on(table.organizationId),
    index("invitations_email_idx").on(table.email),
  ],
);

/** Evaluators read and review only the interviews of the positions they are assigned to. */
export const positionAssignments = pgTable(
  "position_assignments",
  {
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("position_assignments_position_user_idx").on(table.positionId, table.userId),
    index("position_assignments_user_id_idx").on(table.userId),
  ],
);

export type Member = typeof members.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
