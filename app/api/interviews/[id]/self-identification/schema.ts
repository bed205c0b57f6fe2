import { z } from "zod";
import { selfIdRaceEthnicities, selfIdSexes } from "@/db/schema/compliance";

/** Every field optional: a field left out (or null) is stored blank, "decline" as declined. */
export const postSelfIdentificationSchema = z.strictObject({
  sex: z.enum(selfIdSexes).nullable().optional(),
  raceEthnicity: z.enum(selfIdRaceEthnicities).nullable().optional(),
});
export type PostSelfIdentificationInput = z.infer<typeof postSelfIdentificationSchema>;

export const selfIdentificationViewSchema = z.object({
  selfIdentification: z.object({
    sex: z.enum(selfIdSexes).nullable(),
    raceEthnicity: z.enum(selfIdRaceEthnicities).nullable(),
  }),
});
