import { describe, expect, it } from "vitest";
import { interpretNpmAudit } from "./interpret-npm-audit";

function report(options: { severity: string; counts: Record<string, number> }) {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      "left-pad": {
        name: "left-pad",
        severity: options.severity,
        via: [
          {
            title: "Prototype pollution",
            url: "https://github.com/advisories/GHSA-x",
            severity: options.severity,
          },
        ],
      },
      app: { name: "app", severity: options.severity, via: ["left-pad"] },
    },
    metadata: { vulnerabilities: options.counts, dependencies: { prod: 495 } },
  });
}

describe("interpretNpmAudit", () => {
  it("fails on a high advisory, naming the package, the advisory and its link", () => {
    const result = interpretNpmAudit({
      stdout: report({ severity: "high", counts: { high: 2, total: 2 } }),
      stderr: "",
    });
    expect(result.outcome).toBe("failed");
    expect(result.lines.join("\n")).toContain(
      "left-pad (high): Prototype pollution https://github.com/advisories/GHSA-x",
    );
  });

  it("fails on a critical advisory too", () => {
    const stdout = report({ severity: "critical", counts: { critical: 1 } });
    expect(interpretNpmAudit({ stdout, stderr: "" }).outcome).toBe("failed");
  });

  it("passes with only moderate and low advisories, counting them", () => {
    const result = interpretNpmAudit({
      stdout: report({ severity: "moderate", counts: { moderate: 2, low: 1 } }),
      stderr: "",
    });
    expect(result).toEqual({
      outcome: "passed",
      lines: [
        "npm audit: 495 production dependencies, 0 critical, 0 high, 2 moderate, 1 low: nothing high or critical",
      ],
    });
  });

  it("says loudly that nothing was audited when the registry answers the audit request with an HTTP error", () => {
    // What this machine's registry answers (no POST on the advisories endpoint).
    const stdout = JSON.stringify({
      message:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    expect(
      interpretNpmAudit({ stdout, stderr: "npm error audit endpoint returned an error" }),
    ).toEqual({
      outcome: "not-audited",
      lines: [
        '!!! NOT AUDITED: no dependency was checked for advisories: the registry did not answer the audit request (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk). The deploying pipeline must run the audit (docs/deployment.md, "Dependency audit") !!!',
      ],
    });
  });

  it("says nothing was audited when the registry cannot be reached", () => {
    const unreachable = JSON.stringify({
      error: { code: "ENOTFOUND", summary: "getaddrinfo ENOTFOUND registry.example" },
    });
    const result = interpretNpmAudit({ stdout: unreachable, stderr: "" });
    expect(result.outcome).toBe("not-audited");
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(
      /^!!! NOT AUDITED: .*\(getaddrinfo ENOTFOUND registry\.example\)\. .* !!!$/,
    );
  });

  it("fails, rather than passing unaudited, when npm itself could not run or answered something else", () => {
    expect(interpretNpmAudit({ stdout: "", stderr: "\nspawn npm ENOENT\n" })).toEqual({
      outcome: "failed",
      lines: ["npm audit could not run: npm audit printed no report (spawn npm ENOENT)"],
    });
    const lockfileError = JSON.stringify({
      error: { code: "ENOLOCK", summary: "This command requires an existing lockfile." },
    });
    expect(interpretNpmAudit({ stdout: lockfileError, stderr: "" }).outcome).toBe("failed");
  });
});
