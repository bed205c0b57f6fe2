// The LiveKit token of an interview's room: one schema for the route's answer, the candidate's
// page and the OpenAPI document. Pure zod (browser-safe).
import { z } from "zod";

export const participantTokenSchema = z
  .object({
    token: z.string().meta({ description: "A LiveKit JWT, valid for MEDIA_TOKEN_TTL_SECONDS." }),
    url: z.string(),
    room: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "ParticipantToken" });
