import { z } from "zod";

export const optOutQuerySchema = z.strictObject({
  token: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: "The signed token of the link in the invitation or a reminder." }),
});
