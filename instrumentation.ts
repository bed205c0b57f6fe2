// Next calls register() once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmCache } = await import("@/lib/cache/warm-cache");
  const { purgeOnStart } = await import("@/lib/jobs/purge-on-start");
  // Not awaited: warming must never delay start-up, and a failure only costs a cold cache.
  void warmCache().catch((error: unknown) => {
    console.warn("cache warming skipped:", error instanceof Error ? error.message : error);
  });
  void purgeOnStart();
}
