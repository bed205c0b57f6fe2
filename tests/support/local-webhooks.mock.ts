// Stands in for lib/webhooks/local-webhooks where the test receiver listens on 127.0.0.1:
// `vi.mock("@/lib/webhooks/local-webhooks", () => import("@/tests/support/local-webhooks.mock"))`.
// Allowed, as WEBHOOKS_ALLOW_LOCAL allows it, until a test of the refusals takes it away.

let isAllowed = true;

export function areLocalWebhooksAllowed(): boolean {
  return isAllowed;
}

export function isPlainHttpAllowed(): boolean {
  return true;
}

/** What WEBHOOKS_ALLOW_LOCAL would say; `setUpWebhookReceiver` sets it back before each test. */
export function allowLocalWebhooks(allowed: boolean) {
  isAllowed = allowed;
}
