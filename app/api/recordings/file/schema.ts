import { z } from "zod";

export const signedFileQuerySchema = z.strictObject({
  key: z.string().min(1).max(512),
  exp: z.coerce.number().int().positive(),
  sig: z.string().min(1).max(128),
});

const rangePattern = /^bytes=(\d+)-(\d*)$/;

/** A single `bytes=start-[end]` range; other forms (suffix, several ranges) are served whole. */
export function parseRangeHeader(header: string | null): { start: number; end?: number } | null {
  const match = header?.match(rangePattern);
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : undefined;
  if (end !== undefined && end < start) return null;
  return { start, end };
}
