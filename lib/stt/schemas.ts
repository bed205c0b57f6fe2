// The speech-to-text token the candidate's browser opens Deepgram's socket with: one schema for
// the route's answer, the page that reads it and the OpenAPI document. Pure zod (browser-safe).
import { z } from "zod";

export const sttTokenSchema = z
  .object({
    token: z.string().meta({ description: "A short-lived Deepgram token for the live socket." }),
    expiresAt: z.iso.datetime(),
    listenUrl: z.string(),
    model: z.string(),
    language: z.string(),
  })
  .meta({ id: "SttToken" });
