import "server-only";
import { env } from "@/lib/env.mjs";

/**
 * Events go to Inngest (Cloud, or the dev server) only when it is configured. Its own module so
 * that sending an event can decide where it goes without loading the Inngest client.
 */
export const isInngestConfigured = Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV);
