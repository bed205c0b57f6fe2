import "server-only";
import { describeError } from "@/lib/observability/redact-error";
import { type ActivityItem, toActivityEvent } from "./activity-events";
import { dispatchAll } from "./dispatch";
import { workspaceActivity } from "./events";

/**
 * Tells the workspace's webhooks and notifications what happened to interviews, once the change
 * itself is saved: `announceActivity([{ type: "interview.invited", companyId, interviewId }])`.
 * Never throws: the change stands, and a lost announcement costs a webhook, not the request (the
 * failure is logged). Functions that are running send `toActivityEvent(…)` as a step instead.
 */
export async function announceActivity(items: readonly ActivityItem[]): Promise<void> {
  if (items.length === 0) return;
  try {
    await dispatchAll(
      workspaceActivity,
      items.map((item) => toActivityEvent(item).data),
    );
  } catch (error) {
    console.error(
      `announcing ${items.length} workspace activity event(s) failed`,
      describeError(error),
    );
  }
}
