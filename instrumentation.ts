// Next calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so nothing below logs an unredacted error.
  const { redactDatabaseErrorsInConsole } = await import("@/lib/observability/redact-console");
  const { describeError } = await import("@/lib/observability/redact-error");
  redactDatabaseErrorsInConsole();
  const { warnIfEmbeddedDatabase } = await import("@/lib/health/warn-embedded-database");
  warnIfEmbeddedDatabase();
  const { warmCache } = await import("@/lib/cache/warm-cache");
  const { startMaintenance } = await import("@/inngest/run-maintenance");
  // Not awaited: warming must never delay start-up, and a failure only costs a cold cache.
  void warmCache().catch((error: unknown) => {
    console.warn("cache warming skipped:", describeError(error));
  });
  // While nobody can sign in, say how the first owner gets in (see lib/setup/announce-setup-code).
  const { announceSetupCodeIfNeeded } = await import("@/lib/setup/announce-setup-code");
  void announceSetupCodeIfNeeded().catch((error: unknown) => {
    console.warn("setup check skipped:", describeError(error));
  });
  // Without Inngest nothing else runs on a clock: purge and end overdue interviews on a timer.
  const { isInngestConfigured } = await import("@/inngest/inngest-configured");
  if (!isInngestConfigured) startMaintenance();
  // Webhook retries are due within 30 s, sooner than the maintenance interval.
  const { startWebhookRetries } = await import("@/inngest/run-webhook-retries");
  if (!isInngestConfigured) startWebhookRetries();
  // Reminders go within 5 minutes of their time, whatever the maintenance interval.
  const { startReminderSweep } = await import("@/inngest/run-reminder-sweep");
  if (!isInngestConfigured) startReminderSweep();
}
