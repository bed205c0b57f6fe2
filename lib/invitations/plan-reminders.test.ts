import { describe, expect, it } from "vitest";
import { planReminders } from "./plan-reminders";
import { resolveReminderPolicy } from "./reminder-policy";
import { defaultReminderPolicy, reminderPolicySchema } from "./schemas";

const hour = 60 * 60 * 1000;

function seoulHour(date: Date): number {
  return Number(
    new Intl.DateTimeFormat("en-US", {
      timeZone: "Asia/Seoul",
      hour: "numeric",
      hourCycle: "h23",
    }).format(date),
  );
}

describe("planReminders", () => {
  it("plans half the window and 24 hours before the deadline by default (UTC, no zone known)", () => {
    const invitedAt = new Date("2026-12-01T10:00:00Z");
    const deadline = new Date("2026-12-08T10:00:00Z");
    expect(
      planReminders({ policy: defaultReminderPolicy, invitedAt, deadline, timeZone: null }),
    ).toEqual([
      { kind: "half_window", dueAt: new Date("2026-12-04T22:00:00Z") },
      { kind: "before_deadline_24h", dueAt: new Date("2026-12-07T10:00:00Z") },
    ]);
  });

  it("keeps out of 21:00–08:00 in the candidate's zone: evenings move to 20:00, small hours to 08:00", () => {
    // Invited 09:00 in Seoul (00:00 UTC); a 7-day window closing at 03:00 Seoul.
    const invitedAt = new Date("2026-12-01T00:00:00Z");
    const deadline = new Date("2026-12-07T18:00:00Z");
    const plan = planReminders({
      policy: defaultReminderPolicy,
      invitedAt,
      deadline,
      timeZone: "Asia/Seoul",
    });
    // Half: 2026-12-04T09:00Z = 18:00 Seoul (allowed). 24h before: 03:00 Seoul → 08:00 Seoul.
    expect(plan).toEqual([
      { kind: "half_window", dueAt: new Date("2026-12-04T09:00:00Z") },
      { kind: "before_deadline_24h", dueAt: new Date("2026-12-06T23:00:00Z") },
    ]);
    for (const reminder of plan) {
      expect(seoulHour(reminder.dueAt)).toBeGreaterThanOrEqual(8);
      expect(seoulHour(reminder.dueAt)).toBeLessThan(21);
    }
    const evening = planReminders({
      policy: { atHalfWindow: false, hoursBeforeDeadline: [24] },
      invitedAt,
      // 22:30 Seoul the day before the deadline → 20:00 Seoul.
      deadline: new Date("2026-12-07T13:30:00Z"),
      timeZone: "Asia/Seoul",
    });
    expect(evening).toEqual([
      { kind: "before_deadline_24h", dueAt: new Date("2026-12-06T11:00:00Z") },
    ]);
  });

  it("moves a small-hours reminder to the evening before when 08:00 would be past the deadline", () => {
    const plan = planReminders({
      policy: { atHalfWindow: false, hoursBeforeDeadline: [2] },
      invitedAt: new Date("2026-12-01T00:00:00Z"),
      // 07:00 Seoul: 2 hours before is 05:00 Seoul; 08:00 is after the deadline → 20:00 the night before.
      deadline: new Date("2026-12-05T22:00:00Z"),
      timeZone: "Asia/Seoul",
    });
    expect(plan).toEqual([{ kind: "before_deadline_2h", dueAt: new Date("2026-12-05T11:00:00Z") }]);
  });

  it("follows daylight saving time in the zone (New York, the week DST ends)", () => {
    const plan = planReminders({
      policy: { atHalfWindow: false, hoursBeforeDeadline: [24] },
      invitedAt: new Date("2026-10-25T12:00:00Z"),
      // Deadline 2026-11-02 02:00 EST (07:00Z): 24h before is 01:00 EST on Nov 1 (after the change).
      deadline: new Date("2026-11-02T07:00:00Z"),
      timeZone: "America/New_York",
    });
    // 08:00 EST on Nov 1 = 13:00Z.
    expect(plan).toEqual([
      { kind: "before_deadline_24h", dueAt: new Date("2026-11-01T13:00:00Z") },
    ]);
  });

  it("leaves out times already past or within six hours of an earlier reminder", () => {
    const invitedAt = new Date("2026-12-01T10:00:00Z");
    // A two-day window: half the window and 24 h before are the same moment, sent once.
    expect(
      planReminders({
        policy: defaultReminderPolicy,
        invitedAt,
        deadline: new Date(invitedAt.getTime() + 48 * hour),
        timeZone: null,
      }),
    ).toEqual([{ kind: "half_window", dueAt: new Date(invitedAt.getTime() + 24 * hour) }]);
    // A 12-hour window: 24 h before the deadline is before the invitation.
    expect(
      planReminders({
        policy: defaultReminderPolicy,
        invitedAt,
        deadline: new Date(invitedAt.getTime() + 12 * hour),
        timeZone: null,
      }).map((reminder) => reminder.kind),
    ).toEqual(["half_window"]);
    expect(
      planReminders({
        policy: { atHalfWindow: false, hoursBeforeDeadline: [] },
        invitedAt,
        deadline: new Date(invitedAt.getTime() + 100 * hour),
        timeZone: null,
      }),
    ).toEqual([]);
  });
});

describe("reminderPolicySchema", () => {
  it("accepts the default, sorts and de-duplicates hours, and refuses out-of-range ones", () => {
    expect(
      reminderPolicySchema.parse({ atHalfWindow: true, hoursBeforeDeadline: [2, 24, 2] }),
    ).toEqual({
      atHalfWindow: true,
      hoursBeforeDeadline: [24, 2],
    });
    for (const bad of [
      { atHalfWindow: true, hoursBeforeDeadline: [0] },
      { atHalfWindow: true, hoursBeforeDeadline: [721] },
      { atHalfWindow: true, hoursBeforeDeadline: [1, 2, 3, 4, 5, 6] },
      { atHalfWindow: "yes", hoursBeforeDeadline: [] },
      { atHalfWindow: true, hoursBeforeDeadline: [], extra: 1 },
    ]) {
      expect(reminderPolicySchema.safeParse(bad).success).toBe(false);
    }
    expect(resolveReminderPolicy(null)).toEqual(defaultReminderPolicy);
  });
});
