// CI step before `npm test`: `npm audit` of the production dependencies. Fails on a high or
// critical advisory, or when npm could not run. Where the registry has no audit endpoint it prints
// one loud NOT AUDITED line and passes, unless `--require-audit` (the deploying pipeline's flag,
// where the registry answers) makes that a failure too. Other arguments go to npm (tests point
// `--registry` at a fake).
import { spawnSync } from "node:child_process";
import { interpretNpmAudit } from "./interpret-npm-audit";

const requireFlag = "--require-audit";
const args = process.argv.slice(2);
const isAuditRequired = args.includes(requireFlag);
const audit = spawnSync(
  "npm",
  [
    "audit",
    "--omit=dev",
    "--audit-level=high",
    "--json",
    ...args.filter((arg) => arg !== requireFlag),
  ],
  { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
);
const { outcome, lines } = interpretNpmAudit({
  stdout: audit.stdout ?? "",
  stderr: audit.stderr || (audit.error?.message ?? ""),
});
for (const line of lines) (outcome === "passed" ? console.info : console.error)(line);
const isFailure = outcome === "failed" || (outcome === "not-audited" && isAuditRequired);
process.exit(isFailure ? 1 : 0);
