import type {
  AccommodationKind,
  StoredAccommodationGrant,
} from "@/db/schema/notice-and-accommodations";

// Pure: the report page and the API word a granted accommodation the same way.

const kindWords: Record<Exclude<AccommodationKind, "more_time">, string> = {
  typed_only: "typed answers only",
  break: "a break",
  other: "other",
};

/** "2× time per answer, typed answers only"; the note, when there is one, follows after a colon. */
export function describeAccommodation(grant: StoredAccommodationGrant): string {
  const parts = [
    ...(grant.answerTimeMultiplier > 1 ? [`${grant.answerTimeMultiplier}× time per answer`] : []),
    ...grant.kinds.flatMap((kind) => (kind === "more_time" ? [] : [kindWords[kind]])),
  ];
  const words = parts.length > 0 ? parts.join(", ") : "none beyond the usual";
  return grant.note.trim() ? `${words}: ${grant.note.trim()}` : words;
}

/** The accommodation a report names, or null when none was granted. */
export function toAppliedAccommodation(grant: StoredAccommodationGrant | null) {
  if (!grant) return null;
  return {
    kinds: grant.kinds,
    answerTimeMultiplier: grant.answerTimeMultiplier,
    note: grant.note,
    description: describeAccommodation(grant),
  };
}
