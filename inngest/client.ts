import "server-only";
import { Inngest } from "inngest";
import { env } from "@/lib/env.mjs";
import { JobRunMiddleware } from "./job-run-middleware";
import { RedactErrorsMiddleware } from "./redact-errors-middleware";

export const inngest = new Inngest({
  id: "interview-platform",
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  isDev: env.INNGEST_DEV,
  middleware: [JobRunMiddleware, RedactErrorsMiddleware],
});

export { isInngestConfigured } from "./inngest-configured";
