import { z } from "zod";

export const defaultScoreThreshold = 70;
const maxRangeYears = 3;
const dayMs = 24 * 60 * 60 * 1000;

const isoDate = z.iso.date({ message: "Expected a date as YYYY-MM-DD." });

/** A year before `to` (an ISO date): the start of a range whose start was left out. */
function yearBefore(to: string): string {
  return shiftYears(to, -1);
}

function shiftYears(date: string, years: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);
  return shifted.toISOString().slice(0, 10);
}

/**
 * `from`/`to` are whole UTC days, both included; the range is at most three years, which is what
 * an audit looks back on and bounds the rows one request reads.
 */
export const adverseImpactQueryFieldsSchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  threshold: z.coerce.number().int().min(0).max(100).optional(),
  /** `csv` does what `Accept: text/csv` does, for a plain download link (which sends no header). */
  format: z.enum(["json", "csv"]).optional(),
});

/** The query with its defaults filled in and the range checked. */
export const adverseImpactQuerySchema = adverseImpactQueryFieldsSchema
  .transform((query) => {
    // Without `to` the report runs up to today; without `from`, over the year before `to`.
    const to = query.to ?? new Date().toISOString().slice(0, 10);
    return {
      from: query.from ?? yearBefore(to),
      to,
      threshold: query.threshold ?? defaultScoreThreshold,
      format: query.format,
    };
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (from > to) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["from"],
        message: "from is after to.",
      });
    } else if (to > shiftYears(from, maxRangeYears)) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["to"],
        message: "The range is longer than 3 years.",
      });
    }
  });
export type AdverseImpactQuery = z.output<typeof adverseImpactQuerySchema>;

/** The instants the range covers: from's midnight to the midnight after `to` (UTC). */
export function rangeInstants(query: { from: string; to: string }): { start: Date; end: Date } {
  return {
    start: new Date(`${query.from}T00:00:00Z`),
    end: new Date(Date.parse(`${query.to}T00:00:00Z`) + dayMs),
  };
}
