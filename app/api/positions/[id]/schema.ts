import { z } from "zod";
import { positionFieldsSchema } from "../schema";

export const updatePositionSchema = positionFieldsSchema
  .extend({ description: z.string().trim().max(10_000) })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Send at least one field to change.");

export type UpdatePositionInput = z.infer<typeof updatePositionSchema>;
