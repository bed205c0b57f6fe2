import type { ReviewAuditEntry } from "@/lib/db/review-audit";
import { formatAuditValue, reviewActionLabels } from "@/lib/review/format-audit";

const timeFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Every human change to this report: who, when, before → after, and why; newest first. */
export function AuditTrail({ rows }: { rows: ReviewAuditEntry[] }) {
  if (rows.length === 0) {
    return <p className="mt-2 text-sm text-slate-600">No human changes yet.</p>;
  }
  return (
    <ol className="mt-2 divide-y divide-slate-100 text-sm" aria-label="Audit trail">
      {rows.map((row) => (
        <li key={row.id} className="py-2">
          <p>
            <span className="font-medium">{row.actor?.name ?? "A deleted user"}</span>{" "}
            {reviewActionLabels[row.action]}{" "}
            {row.action === "set_decision" ? "decision" : row.subject}:{" "}
            <span className="tabular-nums">{formatAuditValue(row.before)}</span>{" "}
            <span aria-hidden="true">→</span>
            <span className="sr-only">to</span>{" "}
            <span className="font-medium tabular-nums">{formatAuditValue(row.after)}</span>
          </p>
          <p className="text-slate-600">
            <time dateTime={row.createdAt.toISOString()}>
              {timeFormat.format(row.createdAt)} UTC
            </time>
            {row.reason ? <> · Reason: {row.reason}</> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
