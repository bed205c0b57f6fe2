// `npm run bench:webhooks`: how long a report.ready takes from the workspace/activity dispatch to
// a receiver on 127.0.0.1 having the signed request, in process (embedded PGlite, no Inngest):
// the fan-out records the delivery, deliver-webhook checks the URL, signs and sends. One event at
// a time, so each sample is the whole path and nothing queues behind another.
import { performance } from "node:perf_hooks";
import { cleanup, installExitHandlers, onCleanup } from "./cleanup";
import { isolateEnv } from "./env";
import { percentile } from "./measure";
import { heading, machine, ms, table } from "./report";

// Before any app module loads: lib/env.mjs reads the env once, when first imported.
isolateEnv();
// biome-ignore lint/style/noProcessEnv: the benchmark's receiver listens on 127.0.0.1.
process.env.WEBHOOKS_ALLOW_LOCAL = "1";
installExitHandlers();

const { pointAppAt } = await import("./data-access");
const { openPgliteTestDatabase } = await import("@/tests/support/open-test-database");
const { startWebhookReceiver } = await import("@/tests/support/webhook-receiver");
const { createInvitedInterview, createTenant } = await import("@/tests/support/factories");
const { createWebhookEndpoint } = await import("@/lib/webhooks/manage-endpoints");
const { announceActivity } = await import("@/inngest/announce-activity");

const events = 200;
const warmup = 10;

async function main() {
  console.info("# Webhook latency benchmark\n");
  console.info(machine());
  const database = await openPgliteTestDatabase({});
  onCleanup("in-process PGlite", () => database.close());
  pointAppAt(database);
  const receiver = await startWebhookReceiver();
  onCleanup("webhook receiver", () => receiver.close());

  const tenant = await createTenant();
  const { secret } = await createWebhookEndpoint({
    companyId: tenant.company.id,
    url: receiver.url,
    events: ["report.ready"],
  });
  receiver.verifyWith([secret]);
  const interviewIds: string[] = [];
  for (let index = 0; index < warmup + events; index++) {
    interviewIds.push((await createInvitedInterview(tenant, { questionCount: 1 })).interview.id);
  }

  const samples: number[] = [];
  for (const [index, interviewId] of interviewIds.entries()) {
    const before = receiver.received.length;
    const start = performance.now();
    // Outside a request the in-process engine runs the subscribers before this returns.
    await announceActivity([{ type: "report.ready", companyId: tenant.company.id, interviewId }]);
    const hook = receiver.received[before];
    if (!hook || hook.body.data.interviewId !== interviewId || !hook.verifiedBy[0]) {
      throw new Error(`report.ready of ${interviewId} did not arrive verified`);
    }
    if (index >= warmup) samples.push(hook.receivedAt - start);
  }

  const sorted = [...samples].sort((a, b) => a - b);
  heading(`report.ready dispatch → receiver has the signed request, ${events} events, in process`);
  console.info(
    table(
      ["path", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"],
      [
        [
          "workspace/activity → fan-out → deliver-webhook → 127.0.0.1",
          sorted.length,
          ms(percentile(sorted, 50)),
          ms(percentile(sorted, 95)),
          ms(percentile(sorted, 99)),
          ms(sorted.at(-1) ?? Number.NaN),
        ],
      ],
    ),
  );
}

try {
  await main();
} finally {
  await cleanup();
}
