import { z } from "zod";

const cursorSchema = z.string().transform((value, ctx) => {
  const [createdAt, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const parsed = z
    .object({ createdAt: z.coerce.date(), id: z.string().startsWith("msg_") })
    .safeParse({ createdAt, id });
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: "is not a cursor this API returned" });
  return z.NEVER;
});

export const listWebhookDeliveriesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursorSchema.optional().meta({ description: "The `nextCursor` of the previous page." }),
});

export function encodeDeliveryCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}
