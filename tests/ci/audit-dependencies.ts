// CI step before `npm test`: `npm audit` of the production dependencies. Fails on a high or
// critical advisory; says it was skipped, and passes, where the registry has no audit endpoint.
// Extra arguments go to npm (tests point `--registry` at a fake).
import { spawnSync } from "node:child_process";
import { interpretNpmAudit } from "./interpret-npm-audit";

const audit = spawnSync(
  "npm",
  ["audit", "--omit=dev", "--audit-level=high", "--json", ...process.argv.slice(2)],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
);
const { outcome, lines } = interpretNpmAudit({
  stdout: audit.stdout ?? "",
  stderr: audit.stderr || (audit.error?.message ?? ""),
});
for (const line of lines) (outcome === "failed" ? console.error : console.info)(line);
process.exit(outcome === "failed" ? 1 : 0);
