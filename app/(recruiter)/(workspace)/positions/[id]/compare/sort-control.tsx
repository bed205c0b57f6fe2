import Link from "next/link";

const options = [
  { sort: null, label: "Model and human scores first" },
  { sort: "score", label: "By score" },
  { sort: "completed", label: "By completion time" },
] as const;

/** The list's order as links, so the choice is in the URL and works without script. */
export function SortControl({
  positionId,
  sort,
}: {
  positionId: string;
  sort: "score" | "completed" | null;
}) {
  return (
    <nav aria-label="Order of candidates" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">Order:</span>
      {options.map((option) => {
        const isCurrent = option.sort === sort;
        const href = `/positions/${positionId}/compare${option.sort ? `?sort=${option.sort}` : ""}`;
        return (
          <Link
            key={option.label}
            href={href}
            aria-current={isCurrent ? "page" : undefined}
            className={`rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-indigo-700 ${
              isCurrent
                ? "border-indigo-700 bg-indigo-50 font-semibold text-indigo-900"
                : "border-slate-300 text-slate-800 hover:bg-slate-50"
            }`}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}
