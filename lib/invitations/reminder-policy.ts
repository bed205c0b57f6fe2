import { z } from "zod";
import type { StoredReminderPolicy } from "@/db/schema/companies";

/** A workspace's reminders to candidates who have not started. Safe for server and client. */
export const reminderPolicySchema = z.strictObject({
  /** Remind when half the time between invitation and deadline has passed. */
  atHalfWindow: z.boolean(),
  /** Remind this many hours before the deadline; at most five, each up to 30 days. */
  hoursBeforeDeadline: z
    .array(
      z
        .int()
        .min(1)
        .max(30 * 24),
    )
    .max(5)
    .transform((hours) => [...new Set(hours)].sort((a, b) => b - a)),
}) satisfies z.ZodType<StoredReminderPolicy, unknown>;

export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

/** Two reminders: at half the window and 24 hours before the deadline. */
export const defaultReminderPolicy: ReminderPolicy = {
  atHalfWindow: true,
  hoursBeforeDeadline: [24],
};

/** The company's stored policy, or the default when it has none (null). */
export function resolveReminderPolicy(stored: StoredReminderPolicy | null): ReminderPolicy {
  if (!stored) return defaultReminderPolicy;
  // A stored value that no longer parses (an older shape) falls back to the default.
  return reminderPolicySchema.safeParse(stored).data ?? defaultReminderPolicy;
}
