import type { CompetencyCoverage } from "@/lib/competencies/schemas";

/**
 * Where a competency of the position is poorly equipped: no default rubric (the recruiter's own,
 * on generic criteria) or no bank questions in the position's language. Nothing when all are fine.
 */
export function CompetencyWarnings({ coverage }: { coverage: CompetencyCoverage[] }) {
  const warned = coverage.filter((entry) => entry.warnings.length > 0);
  if (warned.length === 0) return null;
  return (
    <section
      aria-labelledby="competency-warnings"
      className="mt-6 max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="competency-warnings" className="font-semibold">
        {warned.length === 1 ? "1 competency needs" : `${warned.length} competencies need`}{" "}
        attention
      </h2>
      <ul className="mt-2 space-y-1">
        {warned.flatMap((entry) =>
          entry.warnings.map((warning) => (
            <li key={`${entry.competency}:${warning.code}`} data-warning={warning.code}>
              <span className="font-medium">{entry.label}</span>: {warning.message}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
