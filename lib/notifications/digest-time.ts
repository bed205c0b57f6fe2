/** The digest goes out once a day, at the first run at or after this hour (UTC). */
export const digestHourUtc = 8;

/**
 * The latest digest time at or before `now`. A digest sends what arrived before this time and
 * was not mailed yet; a later run the same day finds nothing older left, so it sends nothing.
 */
export function latestDigestTime(now: Date): Date {
  const today = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHourUtc),
  );
  return today <= now ? today : new Date(today.getTime() - 24 * 60 * 60 * 1000);
}
