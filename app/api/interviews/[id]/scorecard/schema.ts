import { z } from "zod";

export const putScorecardSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        competency: z.string().trim().min(1).max(60),
        criterionKey: z.string().trim().min(1).max(40),
        points: z.int().min(1).max(5),
        quote: z.string().max(2000).meta({
          description:
            "Words the candidate said in that competency's answers (whitespace aside); empty only when they said nothing there.",
        }),
      }),
    )
    .min(1)
    .max(100),
});
export type PutScorecardInput = z.infer<typeof putScorecardSchema>;
