import { companyRouteCases } from "./company-route-cases";
import { dataRightsRouteCases } from "./data-rights-route-cases";
import { interviewRouteCases } from "./interview-route-cases";
import { recordingRouteCases } from "./recording-route-cases";
import type { RouteCase } from "./route-case";
import { signalRouteCases } from "./signal-route-cases";

export type { RouteCase } from "./route-case";

/**
 * Every route that needs a caller. An allowed call may still fail for its own reasons (a 409 for
 * a position with interviews, a 422 for a competency the report never scored): the matrix only
 * asks whether the caller got past the access check.
 */
export const routeCases: RouteCase[] = [
  ...companyRouteCases,
  ...interviewRouteCases,
  ...dataRightsRouteCases,
  ...recordingRouteCases,
  ...signalRouteCases,
];

/** Routes with no caller to check, and why. */
export const publicRoutes: Record<string, string> = {
  "GET /api/health": "A load balancer's probe: answers everyone, names no resource.",
  "GET /api/auth/{...all}": "better-auth's own endpoints: sign-in is where a caller gets in.",
  "POST /api/auth/{...all}": "better-auth's own endpoints: sign-in is where a caller gets in.",
  "GET /api/inngest": "Inngest's serve endpoint: Inngest signs its requests itself.",
  "POST /api/inngest": "Inngest's serve endpoint: Inngest signs its requests itself.",
  "PUT /api/inngest": "Inngest's serve endpoint: Inngest signs its requests itself.",
  "POST /api/livekit/webhook":
    "LiveKit's servers: the body's signature (JWT from our LiveKit key and secret) is the credential.",
  "GET /api/recordings/file":
    "A recording through a signed link: the HMAC over key and expiry is the credential.",
};
