// better-auth twoFactor and @better-auth/sso tables, with snake_case columns.
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { users } from "./users";

export const twoFactors = pgTable(
  "two_factors",
  {
    id: text("id").primaryKey(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    verified: boolean("verified").notNull().default(true),
    failedVerificationCount: integer("failed_verification_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (table) => [index("two_factors_user_id_idx").on(table.userId)],
);

/** One OIDC identity provider of a workspace: people of `domain` sign in through it. */
export const ssoProviders = pgTable("sso_providers", {
  id: text("id").primaryKey(),
  issuer: text("issuer").notNull(),
  /** better-auth's JSON: client id and secret, endpoints, scopes. */
  oidcConfig: text("oidc_config"),
  samlConfig: text("saml_config"),
  userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
  providerId: text("provider_id").notNull().unique(),
  organizationId: uuid("company_id").references(() => companies.id, { onDelete: "cascade" }),
  domain: text("domain").notNull(),
  domainVerified: boolean("domain_verified"),
});
