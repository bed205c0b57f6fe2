import type { StoredReminderPolicy } from "@/db/schema/companies";
import { defaultReminderPolicy, type ReminderPolicy, reminderPolicySchema } from "./schemas";

/** The company's stored policy, or the default when it has none (null). */
export function resolveReminderPolicy(stored: StoredReminderPolicy | null): ReminderPolicy {
  if (!stored) return defaultReminderPolicy;
  // A stored value that no longer parses (an older shape) falls back to the default.
  return reminderPolicySchema.safeParse(stored).data ?? defaultReminderPolicy;
}
