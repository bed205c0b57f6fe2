import "server-only";
import { listDueWebhookDeliveryIds } from "@/lib/db/webhook-deliveries";
import { attemptWebhookDelivery, staleClaimMs } from "./attempt-delivery";

const batchSize = 50;
/** Sends at once: one slow receiver (10 s timeout) must not hold up all the others. */
const parallelSends = 10;

/**
 * Attempts every delivery that is due at `now` (a retry whose time has come, a first attempt
 * whose dispatch was lost, a claim a dead process left): the in-process engine's retries. Each
 * attempt claims its row, so an overlapping sweep or a running Inngest function sends nothing twice.
 */
export async function sweepDueWebhookDeliveries(
  options: {
    now?: Date;
    /** Only rows due at least this long ago (on Inngest, whose sleeping runs take the others). */
    overdueByMs?: number;
  } = {},
) {
  const now = options.now ?? new Date();
  const dueBy = new Date(now.getTime() - (options.overdueByMs ?? 0));
  const staleBefore = new Date(now.getTime() - staleClaimMs);
  const ids = await listDueWebhookDeliveryIds({ now: dueBy, staleBefore, limit: batchSize });
  let attempted = 0;
  let succeeded = 0;
  for (let start = 0; start < ids.length; start += parallelSends) {
    const outcomes = await Promise.all(
      ids
        .slice(start, start + parallelSends)
        .map((deliveryId) => attemptWebhookDelivery({ deliveryId, now })),
    );
    attempted += outcomes.filter((outcome) => outcome.attempted).length;
    succeeded += outcomes.filter((outcome) => outcome.status === "succeeded").length;
  }
  return { attempted, succeeded };
}
