import "server-only";
import { isInngestConfigured } from "@/inngest/client";
import { purgeExpiredInterviews } from "@/lib/db/purge-expired-interviews";
import { env } from "@/lib/env.mjs";

/**
 * Without Inngest there is no daily cron, so each server start purges what is past retention.
 * With Inngest configured, the `purge-expired-interviews` cron does it.
 */
export async function purgeOnStart(): Promise<void> {
  if (isInngestConfigured) return;
  try {
    const { purged } = await purgeExpiredInterviews({ retentionDays: env.DATA_RETENTION_DAYS });
    if (purged > 0)
      console.info(`retention: deleted ${purged} interviews past ${env.DATA_RETENTION_DAYS} days`);
  } catch (error) {
    console.warn("retention purge skipped:", error instanceof Error ? error.message : error);
  }
}
