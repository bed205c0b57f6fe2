import { z } from "zod";
import { workspaceEventTypes } from "@/lib/webhooks/event-types";

const urlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .meta({ description: "https (http only outside production); must not reach a private address." });
const eventsSchema = z
  .array(z.enum(workspaceEventTypes))
  .min(1)
  .max(workspaceEventTypes.length)
  .meta({ description: "The event types this endpoint receives." });
const descriptionSchema = z.string().trim().max(200);

export const createWebhookEndpointSchema = z.strictObject({
  url: urlSchema,
  events: eventsSchema,
  description: descriptionSchema.optional(),
});
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;

export const updateWebhookEndpointSchema = z
  .strictObject({
    url: urlSchema.optional(),
    events: eventsSchema.optional(),
    description: descriptionSchema.optional(),
    enabled: z
      .boolean()
      .optional()
      .meta({ description: "true enables it again and forgets its failures; false pauses it." }),
  })
  .refine((input) => Object.keys(input).length > 0, "name at least one field to change");
export type UpdateWebhookEndpointInput = z.infer<typeof updateWebhookEndpointSchema>;
