import "server-only";
import { sendNoticeDigests } from "@/lib/notifications/send-notice-digests";
import { withQueuedMailDispatched } from "./mail-dispatch";

/** The daily digest from the maintenance timer (servers without Inngest), its mail dispatched. */
export function sendNoticeDigestsNow(options: { now?: Date } = {}) {
  return withQueuedMailDispatched(() => sendNoticeDigests(options));
}
