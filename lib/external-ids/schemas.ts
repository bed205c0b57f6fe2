import { z } from "zod";

/**
 * An applicant tracking system's id (a job, candidate or application): free text, trimmed, at
 * most 200 characters. Blank means none, so an empty CSV cell or form field stores null.
 */
export const externalIdSchema = z
  .string()
  .trim()
  .max(200)
  .transform((value) => (value === "" ? null : value))
  .nullish()
  .meta({ description: "The applicant tracking system's id, free text (≤ 200); blank is none." });

const knownTimeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** Whether the runtime knows this IANA zone (aliases such as "UTC" or "Asia/Calcutta" included). */
export function isTimeZone(value: string): boolean {
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The candidate's IANA time zone ("Europe/Berlin"): reminders keep to their daytime. Blank is none. */
export const candidateTimeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine((value) => value === "" || isTimeZone(value), "is not an IANA time zone")
  .transform((value) => (value === "" ? null : value))
  .nullish()
  .meta({ description: "The candidate's IANA time zone, e.g. Europe/Berlin; blank is none." });
