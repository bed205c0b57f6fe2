// `npm run bench:follow-up`: how long the offline follow-up decision takes (the budget is
// 50 ms) over varied answers in English and Korean, thin to complete and up to a five-minute
// spoken answer, and the whole follow-up route round trip in process on PGlite.
import { cleanup, installExitHandlers } from "./cleanup";
import { isolateEnv } from "./env";
import { buildInput, pools, shapes } from "./follow-up-answers";
import { percentile } from "./measure";
import { heading, machine, ms, table } from "./report";

// Before any app module loads: lib/env.mjs reads the env once, when first imported.
isolateEnv();
installExitHandlers();

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return [ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted.at(-1) ?? Number.NaN)];
};

async function benchOfflineDecision() {
  const { decideFollowUpOffline } = await import("@/lib/ai/offline-follow-up");
  heading("1. Offline follow-up decision (in process, one call per sample)");
  const perGroup = 300;
  const rows: (string | number)[][] = [];
  const all: number[] = [];
  for (const language of ["en", "ko"] as const) {
    for (const shape of shapes) {
      const inputs = [0, 1, 2].map((variant) => buildInput(language, shape, variant));
      for (const input of inputs) decideFollowUpOffline(input); // warm-up: JIT and regex caches
      const samples: number[] = [];
      let asked = 0;
      for (let i = 0; i < perGroup; i++) {
        const input = inputs[i % inputs.length] ?? inputs[0];
        if (!input) break;
        const start = performance.now();
        const decision = decideFollowUpOffline(input);
        samples.push(performance.now() - start);
        if (decision.ask) asked++;
      }
      all.push(...samples);
      rows.push([
        `${language} ${shape}`,
        perGroup,
        `${Math.round((asked / perGroup) * 100)}%`,
        ...stats(samples),
      ]);
    }
  }
  rows.push(["all", all.length, "", ...stats(all)]);
  console.info(table(["answers", "n", "asked", "p50 ms", "p95 ms", "max ms"], rows));
}

async function benchRoute() {
  const { openPgliteTestDatabase } = await import("@/tests/support/open-test-database");
  const { pointAppAt } = await import("./data-access");
  const { createInvitedInterview, createTenant } = await import("@/tests/support/factories");
  const { callRoute } = await import("@/tests/support/call-route");
  const { POST: start } = await import("@/app/api/interviews/[id]/start/route");
  const { POST: addSegments } = await import("@/app/api/interviews/[id]/transcripts/route");
  const { GET: listQuestions } = await import("@/app/api/interviews/[id]/questions/route");
  const { POST: askFollowUp } = await import(
    "@/app/api/interviews/[id]/questions/[questionId]/follow-up/route"
  );
  heading(
    "2. POST …/follow-up round trip (handler in process, PGlite in memory, offline provider)",
  );
  const database = await openPgliteTestDatabase({});
  pointAppAt(database);
  const tenant = await createTenant();
  const firstCalls: number[] = [];
  const repeatCalls: number[] = [];
  for (let i = 0; i < 40; i++) {
    const { interview, inviteToken: token } = await createInvitedInterview(tenant, {
      questionCount: 1,
    });
    const params = { id: interview.id };
    await callRoute(start, { method: "POST", token, params });
    const listed = await callRoute(listQuestions, { token, params });
    const questionId = (listed.body as { questions: { id: string }[] }).questions[0]?.id ?? "";
    const text = i % 2 === 0 ? "We fixed it quickly." : (pools.en.own[0] ?? "");
    const segments = [
      { id: `s-${i}`, questionId, speaker: "candidate", text, startMs: 0, endMs: 900 },
    ];
    await callRoute(addSegments, { method: "POST", token, params, json: { segments } });
    const call = () =>
      callRoute(askFollowUp, { method: "POST", token, params: { ...params, questionId } });
    let begin = performance.now();
    const first = await call();
    if (first.status !== 200) throw new Error(`follow-up answered ${first.status}`);
    if (i >= 4) firstCalls.push(performance.now() - begin);
    begin = performance.now();
    await call();
    if (i >= 4) repeatCalls.push(performance.now() - begin);
  }
  await database.close();
  console.info(
    table(
      ["call", "n", "p50 ms", "p95 ms", "max ms"],
      [
        ["first (decide + insert)", firstCalls.length, ...stats(firstCalls)],
        ["repeat (idempotent)", repeatCalls.length, ...stats(repeatCalls)],
      ],
    ),
  );
}

try {
  console.info(machine());
  await benchOfflineDecision();
  await benchRoute();
} finally {
  await cleanup();
}
