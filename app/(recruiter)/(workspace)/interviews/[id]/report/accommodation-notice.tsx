import type { StoredAccommodationGrant } from "@/db/schema/notice-and-accommodations";
import { describeAccommodation } from "@/lib/compliance/scorecard/describe-accommodation";

/** Says which accommodation the candidate was granted, on every report (AI or human). */
export function AccommodationNotice(props: { grant: StoredAccommodationGrant | null }) {
  if (!props.grant) return null;
  return (
    <p className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 print:border-slate-400 print:bg-white">
      <span className="font-medium">Accommodation applied:</span>{" "}
      {describeAccommodation(props.grant)}
    </p>
  );
}
