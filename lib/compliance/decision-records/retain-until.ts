/**
 * `date` plus whole calendar months in UTC; a day the target month lacks falls back to its last
 * day (31 January + 1 month = 28 or 29 February), as Postgres' interval arithmetic does.
 */
export function addCalendarMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * How long a decision record is kept: `auditRetentionMonths` after the decision (AI Act Art.
 * 26(6) asks at least six months of logs), or after the erase when nothing was decided.
 */
export function computeRetainUntil(options: {
  decidedAt: Date | null;
  erasedAt: Date;
  auditRetentionMonths: number;
}): Date {
  return addCalendarMonths(options.decidedAt ?? options.erasedAt, options.auditRetentionMonths);
}
