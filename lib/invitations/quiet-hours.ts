// Quiet hours in the candidate's zone, with Intl only (the repo has no date library).

/** Reminders are never due from 21:00 to 08:00 in the candidate's time zone. */
export const quietHours = { startHour: 21, endHour: 8 } as const;

const hourMs = 60 * 60 * 1000;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
  };
}

/** The instant at `hour`:00 on the given local date in the zone (DST-aware: offset re-read). */
function atLocalHour(date: WallClock, hour: number, timeZone: string): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, hour);
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const seen = wallClock(new Date(guess), timeZone);
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    guess += asUtc - seenAsUtc;
  }
  return new Date(guess);
}

/** Whether the zone is one Intl knows (an IANA name such as "Asia/Seoul"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves a due time out of the quiet hours: in the evening (21:00–24:00) earlier to 20:00 that
 * evening; in the small hours (00:00–08:00) later to 08:00 that morning, or, when that would be
 * past `latest` (the deadline), earlier to 20:00 the evening before. Outside them it is unchanged.
 */
export function outsideQuietHours(options: { dueAt: Date; timeZone: string; latest: Date }): Date {
  const { dueAt, timeZone } = options;
  const local = wallClock(dueAt, timeZone);
  if (local.hour >= quietHours.startHour) {
    return atLocalHour(local, quietHours.startHour - 1, timeZone);
  }
  if (local.hour >= quietHours.endHour) return dueAt;
  const morning = atLocalHour(local, quietHours.endHour, timeZone);
  if (morning < options.latest) return morning;
  // 20:00 the evening before: a day back from this date's 20:00, then re-read for DST.
  const dayBefore = wallClock(
    new Date(atLocalHour(local, 12, timeZone).getTime() - 24 * hourMs),
    timeZone,
  );
  return atLocalHour(dayBefore, quietHours.startHour - 1, timeZone);
}
