import type { InterviewStatus } from "@/db/schema/interviews";
import { statusLabels, statusTones } from "@/lib/dashboard/labels";

export function StatusBadge({ status }: { status: InterviewStatus }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${statusTones[status]}`}
    >
      {statusLabels[status]}
    </span>
  );
}
