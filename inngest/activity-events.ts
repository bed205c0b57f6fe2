import "server-only";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";
import { type WorkspaceActivityData, workspaceActivity } from "./events";

export type ActivityItem = Omit<WorkspaceActivityData, "occurredAt" | "type"> & {
  type: WorkspaceEventType;
  occurredAt?: Date;
};

/** The `workspace/activity` event of one thing that happened (now, unless said otherwise). */
export function toActivityEvent(item: ActivityItem) {
  return workspaceActivity.create({
    ...item,
    occurredAt: (item.occurredAt ?? new Date()).toISOString(),
  });
}
