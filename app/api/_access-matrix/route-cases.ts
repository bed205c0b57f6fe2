import { adverseImpactRouteCases } from "./adverse-impact-route-cases";
import { answerBankRouteCases } from "./answer-bank-route-cases";
import { batchRouteCases } from "./batch-route-cases";
import { companyRouteCases } from "./company-route-cases";
import { complianceNoticeRouteCases } from "./compliance-notice-route-cases";
import { contestRouteCases } from "./contest-route-cases";
import { dataRightsRouteCases } from "./data-rights-route-cases";
import { decisionRecordRouteCases } from "./decision-record-route-cases";
import { interviewRouteCases } from "./interview-route-cases";
import { notificationRouteCases } from "./notification-route-cases";
import { recordingRouteCases } from "./recording-route-cases";
import { replayRouteCases } from "./replay-route-cases";
import type { RouteCase } from "./route-case";
import { scorecardRouteCases } from "./scorecard-route-cases";
import { signalRouteCases } from "./signal-route-cases";
import { webhookRouteCases } from "./webhook-route-cases";
import { workspaceRouteCases } from "./workspace-route-cases";

export type { RouteCase } from "./route-case";

/**
 * Every route that needs a caller. An allowed call may still fail for its own reasons (a 409 for
 * a position with interviews, a 422 for a competency the report never scored): the matrix only
 * asks whether the caller got past the access check.
 */
export const routeCases: RouteCase[] = [
  ...companyRouteCases,
  ...answerBankRouteCases,
  ...interviewRouteCases,
  ...batchRouteCases,
  ...dataRightsRouteCases,
  ...decisionRecordRouteCases,
  ...recordingRouteCases,
  ...signalRouteCases,
  ...workspaceRouteCases,
  ...webhookRouteCases,
  ...notificationRouteCases,
  ...replayRouteCases,
  ...adverseImpactRouteCases,
  ...complianceNoticeRouteCases,
  ...contestRouteCases,
  ...scorecardRouteCases,
];

/** Routes with no caller to check, and why. */
export const publicRoutes: Record<string, string> = {
  "GET /api/health": "A load balancer's probe: answers everyone, names no resource.",
  "GET /api/setup":
    "Whether the first owner is still to be created: a yes or no for the setup page.",
  "GET /api/auth/{...all}": "better-auth's own endpoints: sign-in is where a caller gets in.",
  "POST /api/auth/{...all}": "better-auth's own endpoints: sign-in is where a caller gets in.",
  "GET /api/inngest": "Inngest's serve endpoint: Inngest signs its requests itself.",
  "POST /api/inngest": "Inngest's serve endpoint: Inngest signs its requests itself.",
  "PUT /api/inngest": "Inngest's serve endpoint: Inngest signs its requests itself.",
  "POST /api/livekit/webhook":
    "LiveKit's servers: the body's signature (JWT from our LiveKit key and secret) is the credential.",
  "GET /api/invitations/{id}":
    "The holder of an emailed invitation link: the invitation's random id is the credential, as a reset link's token is.",
  "POST /api/invitations/{id}/accept":
    "An invitee without an account, from the emailed link: the id is the credential, good once, for the invited address only.",
  "GET /api/reminders/opt-out":
    "A candidate from the opt-out link in a mail: the HMAC-signed token naming the interview is the credential.",
  "POST /api/reminders/opt-out":
    "A candidate from the opt-out page: the HMAC-signed token naming the interview is the credential.",
  "GET /api/recordings/file":
    "A recording through a signed link: the HMAC over key and expiry is the credential.",
};
