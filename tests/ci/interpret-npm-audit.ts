// What `npm audit --json` said, as CI acts on it: fail on a high or critical advisory or when npm
// itself could not run; when the registry does not answer audit requests, one loud NOT AUDITED
// line (a green run must not look audited).
import { z } from "zod";

const failingSeverities = ["high", "critical"] as const;

const advisorySchema = z.looseObject({
  title: z.string(),
  url: z.string().optional(),
  severity: z.string(),
});

const reportSchema = z.looseObject({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(
    z.string(),
    z.looseObject({
      name: z.string(),
      severity: z.string(),
      // An advisory on the package itself, or the name of a vulnerable dependency it pulls in.
      via: z.array(z.union([advisorySchema, z.string()])),
    }),
  ),
  metadata: z.looseObject({
    vulnerabilities: z.record(z.string(), z.number()),
    dependencies: z.looseObject({ prod: z.number().optional() }).optional(),
  }),
});

// npm prints `{ message, statusCode }` for an HTTP answer and `{ error: { code, summary } }` for
// a failure before one (ENOTFOUND, ETIMEDOUT, ENOAUDIT).
const failureSchema = z.looseObject({
  message: z.string().optional(),
  error: z.looseObject({ code: z.string().optional(), summary: z.string().optional() }).optional(),
});

export type AuditOutcome = { outcome: "passed" | "failed" | "not-audited"; lines: string[] };

// Codes npm reports when no answer came from the registry at all.
const unreachableCodes = [
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOAUDIT",
];

export function interpretNpmAudit(options: { stdout: string; stderr: string }): AuditOutcome {
  let json: unknown;
  try {
    json = JSON.parse(options.stdout);
  } catch {
    const reason = options.stderr.split("\n").find((line) => line.trim()) ?? "no output";
    return brokenRun(`npm audit printed no report (${reason.trim()})`);
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) {
    const failure = failureSchema.safeParse(json);
    if (!failure.success) return brokenRun("npm audit printed something other than a report");
    const { message, error } = failure.data;
    // An HTTP answer (`405 Method Not Allowed - POST …`) or no connection at all.
    const isRegistrySilent =
      /^\d{3} /.test(message ?? "") || unreachableCodes.includes(error?.code ?? "");
    const reason = (message ?? error?.summary ?? error?.code ?? "unknown answer").trim();
    if (!isRegistrySilent) return brokenRun(`npm audit failed (${reason})`);
    return notAudited(`the registry did not answer the audit request (${reason})`);
  }

  const counts = report.data.metadata.vulnerabilities;
  const prod = report.data.metadata.dependencies?.prod;
  const failing = Object.values(report.data.vulnerabilities).filter((entry) =>
    (failingSeverities as readonly string[]).includes(entry.severity),
  );
  const summary = `${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`;
  const scope = prod === undefined ? "production dependencies" : `${prod} production dependencies`;
  if (failing.length === 0) {
    return {
      outcome: "passed",
      lines: [`npm audit: ${scope}, ${summary}: nothing high or critical`],
    };
  }
  const advisories = failing.flatMap((entry) =>
    entry.via
      .filter((via) => typeof via !== "string")
      .map(
        (via) => `  ${entry.name} (${via.severity}): ${via.title}${via.url ? ` ${via.url}` : ""}`,
      ),
  );
  return {
    outcome: "failed",
    lines: [
      `npm audit: ${scope}, ${summary}; ${failing.length} packages affected. Advisories:`,
      ...new Set(advisories),
      "Update or replace them (npm audit --omit=dev for the full report).",
    ],
  };
}

function notAudited(reason: string): AuditOutcome {
  return {
    outcome: "not-audited",
    lines: [
      `!!! NOT AUDITED: no dependency was checked for advisories: ${reason}. The deploying pipeline must run the audit (docs/deployment.md, "Dependency audit") !!!`,
    ],
  };
}

function brokenRun(reason: string): AuditOutcome {
  return { outcome: "failed", lines: [`npm audit could not run: ${reason}`] };
}
