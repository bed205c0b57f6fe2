// `npm run test:route-js` (after a build): the server JavaScript API routes load on their first
// request. No route but Inngest's endpoint may load the evaluation pipeline (sending an event needs
// only its name and data), and the candidate's speech-token route, called at every answer, stays
// within 1.3x of /api/health, the lightest route that reaches the database.
import path from "node:path";
import { formatKb, listApiRoutes, readRouteServerJs } from "./route-server-js";

const nextDir = path.resolve(".next");
const maxTokenRatio = 1.3;
// serve() registers every function with Inngest, so its endpoint holds their bodies by design.
const mayLoadPipeline = new Set(["/api/inngest"]);

const routes = await listApiRoutes(nextDir);
const failures: string[] = [];
const checked = routes.filter((route) => !mayLoadPipeline.has(route));
for (const route of checked) {
  const { pipelineModules, unmappedChunks } = await readRouteServerJs({ nextDir, route });
  // Without its source maps a chunk could hold the pipeline unseen: that is no pass.
  if (unmappedChunks.length > 0) {
    failures.push(`${route}: no source map for ${unmappedChunks.join(", ")}`);
  } else if (pipelineModules.length > 0) {
    failures.push(`${route} loads the evaluation pipeline: ${pipelineModules.join(", ")}`);
  }
}
const withoutPipeline = checked.length - failures.length;

const health = await readRouteServerJs({ nextDir, route: "/api/health" });
const sttToken = await readRouteServerJs({ nextDir, route: "/api/stt/token" });
const ratio = sttToken.bytes / health.bytes;
console.info(
  `Server JS: /api/stt/token ${formatKb(sttToken.bytes)}, /api/health ${formatKb(health.bytes)} (${ratio.toFixed(2)}x, at most ${maxTokenRatio}x); ${withoutPipeline} of ${checked.length} routes without the pipeline.`,
);
if (ratio > maxTokenRatio) {
  failures.push(
    `/api/stt/token loads ${ratio.toFixed(2)}x the server JS of /api/health (at most ${maxTokenRatio}x): see what it holds with \`npm run bench:cold-start -- --routes stt/token\`.`,
  );
}
if (failures.length > 0) {
  for (const failure of failures) console.error(failure);
  console.error(
    "Load what a route does not always need with import() (see docs/background-jobs.md).",
  );
  process.exit(1);
}
