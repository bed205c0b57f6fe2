import type { Recommendation } from "@/db/schema/reports";
import { recommendationLabels, recommendationTones } from "@/lib/dashboard/labels";

export function RecommendationBadge({ recommendation }: { recommendation: Recommendation }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${recommendationTones[recommendation]}`}
    >
      {recommendationLabels[recommendation]}
    </span>
  );
}
