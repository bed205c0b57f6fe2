import "server-only";
import { createHash } from "node:crypto";
import { getInterviewExternalRefs } from "@/lib/db/interview-external-refs";
import { insertWebhookDeliveries } from "@/lib/db/webhook-deliveries";
import { listSubscribedEndpoints } from "@/lib/db/webhook-endpoints";
import type { WorkspaceEventType } from "./event-types";
import { buildWebhookPayload, type InterviewRefs } from "./payload-schemas";

/** What happened, as the `workspace/activity` event tells it. */
export type WorkspaceActivity = {
  type: WorkspaceEventType;
  companyId: string;
  interviewId: string;
  occurredAt: string;
  /** Carried by `candidate.erased`, whose interview row is gone. */
  external?: Omit<InterviewRefs, "interviewId">;
};

/**
 * The message id (`webhook-id`) of one activity for one endpoint: derived, not drawn, so a
 * repeated event or a retried step records the same delivery once.
 */
function messageIdOf(activity: WorkspaceActivity, endpointId: string): string {
  const key = [activity.type, activity.interviewId, activity.occurredAt, endpointId].join("|");
  return `msg_${createHash("sha256").update(key).digest("base64url").slice(0, 27)}`;
}

/**
 * One pending delivery per enabled endpoint of the workspace that asked for this event type, its
 * body built now from the interview's current ids. Returns the ids of the new deliveries.
 */
export async function recordWebhookDeliveries(
  activity: WorkspaceActivity,
  options: { now?: Date } = {},
): Promise<string[]> {
  const endpoints = await listSubscribedEndpoints({
    companyId: activity.companyId,
    eventType: activity.type,
  });
  if (endpoints.length === 0) return [];
  const refs = activity.external
    ? { interviewId: activity.interviewId, ...activity.external, decision: null }
    : await getInterviewExternalRefs(activity);
  // Erased in the meantime: nothing about it is sent any more but its own erasure.
  if (!refs) return [];
  const payload = buildWebhookPayload({
    type: activity.type,
    occurredAt: activity.occurredAt,
    data: { ...refs, decision: refs.decision ?? undefined },
  });
  // Milliseconds, as JS keeps them: the delivery log pages on created_at.
  const now = new Date((options.now ?? new Date()).getTime());
  return insertWebhookDeliveries(
    endpoints.map((endpoint) => ({
      id: messageIdOf(activity, endpoint.id),
      endpointId: endpoint.id,
      companyId: activity.companyId,
      eventType: activity.type,
      payload,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}
