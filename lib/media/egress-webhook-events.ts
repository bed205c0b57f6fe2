import "server-only";
import { type EgressProgressOutcome, recordEgressProgress } from "./egress-finish";
import { type EgressStartOutcome, startCandidateEgress } from "./egress-start";
import type { LivekitWebhookEvent } from "./egress-webhook";

export type WebhookOutcome =
  | { event: "track_published"; outcome: EgressStartOutcome }
  | { event: "egress"; outcome: EgressProgressOutcome }
  | { event: "ignored" };

/** Acts on the LiveKit events recording needs; a project's webhook also sends many others. */
export async function handleLivekitWebhookEvent(
  event: LivekitWebhookEvent,
): Promise<WebhookOutcome> {
  if (event.event === "track_published") {
    return { event: "track_published", outcome: await startCandidateEgress(event) };
  }
  if (event.event.startsWith("egress_") && event.egressInfo) {
    return { event: "egress", outcome: await recordEgressProgress(event.egressInfo) };
  }
  return { event: "ignored" };
}
