// Business days (Monday to Friday, in UTC) for the notice lead time. Pure.

const dayMs = 24 * 60 * 60 * 1000;

/** The moment `days` business days after `from`: each weekday passed counts one, weekends none. */
export function addBusinessDays(from: Date, days: number): Date {
  let at = from.getTime();
  let left = days;
  while (left > 0) {
    at += dayMs;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at);
}

/** The whole days an invite must run to end no sooner than `earliest`. */
export function daysUntil(from: Date, earliest: Date): number {
  return Math.ceil((earliest.getTime() - from.getTime()) / dayMs);
}
