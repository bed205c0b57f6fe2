// `npm run bench:batch-invite`: a 1,000-row candidates CSV with 20 bad rows, through the app's
// own route handlers on in-process PGlite: the preview (POST /api/interviews/batch/preview) and
// the create (POST /api/interviews/batch, invitations on). Events go to a stand-in for Inngest's
// event API, so the create is timed as it answers on Inngest: rows, questions and 980 rendered
// mails written, then one send per event type; the mails' delivery and question writing run later.
import { performance } from "node:perf_hooks";
import { cleanup, installExitHandlers, onCleanup } from "./cleanup";
import { isolateEnv } from "./env";
import { startInngestEventSink } from "./inngest-event-sink";
import { heading, machine, table } from "./report";

isolateEnv();
installExitHandlers();
const sink = await startInngestEventSink();
onCleanup("Inngest event sink", sink.close);
// biome-ignore lint/style/noProcessEnv: the benchmark sets its own env before the app loads.
Object.assign(process.env, { INNGEST_DEV: "1", INNGEST_BASE_URL: sink.url });

const { pointAppAt } = await import("./data-access");
const { openPgliteTestDatabase } = await import("@/tests/support/open-test-database");
const { createTenant } = await import("@/tests/support/factories");
const { inviteTaken } = await import("@/tests/support/batch-invite-calls");
const { callRoute } = await import("@/tests/support/call-route");
const { buildCandidatesCsv, countTakenRows } = await import("@/tests/support/candidates-csv");
const { POST: previewCsv } = await import("@/app/api/interviews/batch/preview/route");
const { POST: inviteBatch } = await import("@/app/api/interviews/batch/route");

const rows = 1000;
const badCount = 20;

async function main() {
  const database = await openPgliteTestDatabase({});
  onCleanup("in-process PGlite", () => database.close());
  pointAppAt(database);
  const tenant = await createTenant();
  const takenEmails = Array.from(
    { length: countTakenRows({ rows, badCount }) },
    (_, index) => `taken-${index}@example.com`,
  );
  for (const email of takenEmails) await inviteTaken(tenant, email);
  const { csv } = buildCandidatesCsv({ rows, badCount, tag: "bench", takenEmails });

  const previewStart = performance.now();
  const preview = await callRoute(previewCsv, {
    path: `/api/interviews/batch/preview?positionId=${tenant.position.id}`,
    token: tenant.token,
    body: csv,
    headers: { "content-type": "text/csv" },
  });
  const previewMs = performance.now() - previewStart;
  const previewed = preview.body as { candidates: unknown[]; problems: unknown[] };

  // The same rows into a fresh workspace without mails first: what the rows alone cost.
  const quiet = await createTenant();
  const silent = await timeCreate({
    tenant: quiet,
    candidates: previewed.candidates,
    sendInvitations: false,
  });
  sink.counts.clear();
  const mailed = await timeCreate({
    tenant,
    candidates: previewed.candidates,
    sendInvitations: true,
  });
  if (preview.status !== 200) throw new Error(`preview answered ${preview.status}`);

  heading(`Batch invite: ${rows} CSV rows, ${badCount} bad (${machine()})`);
  console.info(
    table(
      ["step", "status", "time (s)", "outcome"],
      [
        [
          "preview (CSV → rows + problems)",
          preview.status,
          (previewMs / 1000).toFixed(2),
          `${previewed.problems.length} problems`,
        ],
        silent.row("create, sendInvitations: false"),
        mailed.row("create, invitations on"),
      ],
    ),
  );
  console.info(
    `events the mailed create sent to Inngest: ${[...sink.counts].map(([name, n]) => `${name} ×${n}`).join(", ")}`,
  );
}

async function timeCreate(options: {
  tenant: Awaited<ReturnType<typeof createTenant>>;
  candidates: unknown[];
  sendInvitations: boolean;
}) {
  const start = performance.now();
  const response = await callRoute(inviteBatch, {
    path: "/api/interviews/batch",
    token: options.tenant.token,
    headers: { "idempotency-key": crypto.randomUUID() },
    json: {
      positionId: options.tenant.position.id,
      candidates: options.candidates,
      sendInvitations: options.sendInvitations,
    },
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  if (response.status !== 201) throw new Error(`create answered ${response.status}`);
  const body = response.body as { created: unknown[]; problems: unknown[] };
  const outcome = `${body.created.length} created, ${body.problems.length} skipped`;
  return { row: (step: string) => [step, response.status, seconds, outcome] };
}

try {
  await main();
} finally {
  await cleanup();
}
