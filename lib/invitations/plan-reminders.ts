import { outsideQuietHours } from "./quiet-hours";
import type { ReminderPolicy } from "./schemas";

export type PlannedReminder = { kind: string; dueAt: Date };

const hourMs = 60 * 60 * 1000;
/** Two reminders closer than this would read as one mail sent twice: the later is dropped. */
const minGapMs = 6 * hourMs;

/**
 * When to remind a candidate invited at `invitedAt` whose link closes at `deadline`: half the
 * window, and N hours before the deadline, per the policy. A time already past, at or after the
 * deadline, or within six hours of an earlier reminder is left out; with the candidate's zone
 * known, none falls in the quiet hours (see outsideQuietHours).
 */
export function planReminders(options: {
  policy: ReminderPolicy;
  invitedAt: Date;
  deadline: Date;
  timeZone: string | null;
}): PlannedReminder[] {
  const { policy, invitedAt, deadline, timeZone } = options;
  const window = deadline.getTime() - invitedAt.getTime();
  const wanted: PlannedReminder[] = [
    ...(policy.atHalfWindow
      ? [{ kind: "half_window", dueAt: new Date(invitedAt.getTime() + window / 2) }]
      : []),
    ...policy.hoursBeforeDeadline.map((hours) => ({
      kind: `before_deadline_${hours}h`,
      dueAt: new Date(deadline.getTime() - hours * hourMs),
    })),
  ];
  const placed = wanted
    .map((reminder) => ({
      ...reminder,
      dueAt: timeZone
        ? outsideQuietHours({ dueAt: reminder.dueAt, timeZone, latest: deadline })
        : reminder.dueAt,
    }))
    .filter((reminder) => reminder.dueAt > invitedAt && reminder.dueAt < deadline)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const kept: PlannedReminder[] = [];
  for (const reminder of placed) {
    const previous = kept.at(-1);
    if (previous && reminder.dueAt.getTime() - previous.dueAt.getTime() < minGapMs) continue;
    kept.push(reminder);
  }
  return kept;
}
