import { z } from "zod";
import { browserSignalSchema } from "@/lib/signals/schemas";

export const uploadSignalsSchema = z.strictObject({
  signals: z
    .array(browserSignalSchema)
    .min(1)
    .max(50)
    .refine(
      (list) => new Set(list.map((signal) => signal.clientId)).size === list.length,
      "signal clientIds must be unique",
    ),
});
export type UploadSignalsInput = z.infer<typeof uploadSignalsSchema>;

export const uploadSignalsResultSchema = z.object({
  stored: z.array(z.string()),
  duplicates: z.array(z.string()),
});
