import {
  type AdverseImpactQuery,
  adverseImpactQuerySchema,
} from "@/lib/compliance/adverse-impact/schemas";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The page's range from its URL: a bad one is said on the page and the default range shown, where
 * the API answers 422.
 */
export function readReportQuery(searchParams: SearchParams): {
  query: AdverseImpactQuery;
  rangeError: string | null;
} {
  const picked = Object.fromEntries(
    ["from", "to", "threshold"].flatMap((key) => {
      const value = searchParams[key];
      const first = Array.isArray(value) ? value[0] : value;
      return first ? [[key, first]] : [];
    }),
  );
  const parsed = adverseImpactQuerySchema.safeParse(picked);
  if (parsed.success) return { query: parsed.data, rangeError: null };
  return {
    query: adverseImpactQuerySchema.parse({}),
    rangeError: parsed.error.issues[0]?.message ?? "The range is not valid.",
  };
}

/** The CSV download of the same range (a link sends no Accept header, so format=csv). */
export function buildCsvHref(apiPath: string, query: AdverseImpactQuery): string {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    threshold: String(query.threshold),
    format: "csv",
  });
  return `${apiPath}?${params}`;
}
