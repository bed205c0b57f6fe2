// What a candidate may ask for and what a recruiter may grant. Pure zod, so the browser may import it.
import { z } from "zod";
import type { AccommodationKind } from "@/db/schema/notice-and-accommodations";

/** The database's list, restated so the browser does not load the schema module. */
export const accommodationKinds = ["more_time", "typed_only", "break", "other"] as const;
type IsSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type KindsMatchTheDatabase = Assert<
  IsSame<(typeof accommodationKinds)[number], AccommodationKind>
>;
type Assert<T extends true> = T;

export const accommodationKindSchema = z
  .enum(accommodationKinds)
  .meta({ id: "AccommodationKind", description: "more_time, typed_only, break or other." });

const kindsSchema = z
  .array(accommodationKindSchema)
  .max(accommodationKinds.length)
  .transform((kinds) => [...new Set(kinds)]);

const noteSchema = z.string().trim().max(1000).default("");

/** The candidate's request on the notice screen. */
export const accommodationRequestInputSchema = z.strictObject({
  kinds: kindsSchema.refine((kinds) => kinds.length > 0, "Choose at least one kind."),
  note: noteSchema,
});

export const answerTimeMultipliers = [1, 1.5, 2, 2.5, 3] as const;

/** POST /api/interviews/{id}/accommodation: what the recruiter grants before the start. */
export const grantAccommodationSchema = z.strictObject({
  kinds: kindsSchema,
  answerTimeMultiplier: z.number().min(1).max(3).multipleOf(0.5).meta({
    description: "Time per answer = the position's answerSeconds × this (1 to 3, step 0.5).",
  }),
  note: noteSchema,
});
export type GrantAccommodationInput = z.infer<typeof grantAccommodationSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

export const accommodationRequestViewSchema = z
  .object({ kinds: z.array(accommodationKindSchema), note: z.string(), requestedAt: isoDateTime })
  .meta({ id: "AccommodationRequest" });

export const accommodationGrantViewSchema = z
  .object({
    kinds: z.array(accommodationKindSchema),
    answerTimeMultiplier: z.number(),
    note: z.string(),
    grantedAt: isoDateTime,
    grantedByUserId: z.string().nullable(),
  })
  .meta({ id: "AccommodationGrant" });
export type AccommodationGrantView = z.infer<typeof accommodationGrantViewSchema>;

/** The candidate's choices and what was granted, as the interview stores them. */
export const interviewPreferencesViewSchema = z
  .object({
    aiScoring: z
      .boolean()
      .meta({ description: "False: the candidate asked that no AI score them." }),
    preferencesAt: isoDateTime.nullable(),
    noticeVersionId: z.uuid().nullable(),
    noticeHash: z.string().nullable().meta({ description: "sha256 of the rendered notice seen." }),
    noticeSeenAt: isoDateTime.nullable(),
    accommodationRequest: accommodationRequestViewSchema.nullable(),
    accommodationGrant: accommodationGrantViewSchema.nullable(),
  })
  .meta({ id: "InterviewPreferences" });
export type InterviewPreferencesView = z.infer<typeof interviewPreferencesViewSchema>;
