// What `npm audit --json` said, as CI acts on it: fail on a high or critical advisory, and skip
// with one line (not fail, not pass silently) when the registry does not answer audit requests.
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

export type AuditOutcome = { outcome: "passed" | "failed" | "skipped"; lines: string[] };

export function interpretNpmAudit(options: { stdout: string; stderr: string }): AuditOutcome {
  let json: unknown;
  try {
    json = JSON.parse(options.stdout);
  } catch {
    const reason = options.stderr.split("\n").find((line) => line.trim()) ?? "no output";
    return skipped(`npm audit printed no report (${reason.trim()})`);
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) {
    const failure = failureSchema.safeParse(json);
    const reason = failure.success
      ? (failure.data.message ??
        failure.data.error?.summary ??
        failure.data.error?.code ??
        "unknown answer")
      : "unknown answer";
    return skipped(`the registry did not answer the audit request (${reason.trim()})`);
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

function skipped(reason: string): AuditOutcome {
  return { outcome: "skipped", lines: [`npm audit skipped: ${reason}`] };
}
