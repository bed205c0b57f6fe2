import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export type PlannedReminderRef = { id: string; interviewId: string; dueAt: Date };

// lib never dispatches jobs: the invitation notes the reminders it planned here, and the route's
// wrapper (inngest/invitation-dispatch.ts) hands them to Inngest's durable sleeps.
const collector = new AsyncLocalStorage<PlannedReminderRef[]>();

/** Runs fn and returns, with its result, every reminder planned while it ran. */
export async function collectPlannedReminders<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; reminders: PlannedReminderRef[] }> {
  const reminders: PlannedReminderRef[] = [];
  const result = await collector.run(reminders, fn);
  return { result, reminders };
}

/** Outside a collector nobody sleeps on them: the reminder sweep sends them when due. */
export function notePlannedReminders(reminders: readonly PlannedReminderRef[]): void {
  collector.getStore()?.push(...reminders);
}
