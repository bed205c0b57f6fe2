import type { ReviewQueueItem } from "@/lib/compliance/contests/schemas";

const dayMs = 24 * 60 * 60 * 1000;

/** Answered, overdue by some days, or due in some days: the queue's urgency at a glance. */
export function DueBadge({ item, now }: { item: ReviewQueueItem; now: Date }) {
  if (item.status === "answered") {
    return (
      <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">Answered</span>
    );
  }
  const days = Math.ceil(Math.abs(Date.parse(item.dueAt) - now.getTime()) / dayMs);
  const text = item.isOverdue
    ? `Overdue by ${days} day${days === 1 ? "" : "s"}`
    : `Due in ${days} day${days === 1 ? "" : "s"}`;
  return (
    <span
      data-testid="due-badge"
      className={`rounded px-2 py-0.5 text-xs font-semibold ${
        item.isOverdue ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950"
      }`}
    >
      {text}
    </span>
  );
}
