import { afterAll, beforeAll, beforeEach } from "vitest";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";
import { createWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import type { Tenant } from "./factories";
import { allowLocalWebhooks } from "./local-webhooks.mock";
import { startWebhookReceiver } from "./webhook-receiver";

type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/**
 * One webhook receiver for a test file: started before its tests, closed after them, emptied and
 * local webhooks allowed again before each. Call it at the file's top level, with
 * `lib/webhooks/local-webhooks` mocked by `local-webhooks.mock.ts` (the receiver is on 127.0.0.1).
 */
export function setUpWebhookReceiver() {
  let started: WebhookReceiver | undefined;
  const current = () => {
    if (!started) throw new Error("The webhook receiver starts in beforeAll.");
    return started;
  };
  beforeAll(async () => {
    started = await startWebhookReceiver();
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    allowLocalWebhooks(true);
    current().received.length = 0;
  });
  // The file holds the receiver from its top level, before beforeAll has started it.
  const receiver = new Proxy({} as WebhookReceiver, {
    get: (_, key) => Reflect.get(current(), key),
  });

  /** An endpoint of the tenant's workspace at the receiver, which verifies with its secret. */
  async function endpointFor(tenant: Tenant, events: WorkspaceEventType[]) {
    const created = await createWebhookEndpoint({
      companyId: tenant.company.id,
      url: receiver.url,
      events,
    });
    receiver.verifyWith([created.secret]);
    return created;
  }

  return { receiver, endpointFor };
}
