// axe-core (WCAG 2 A and AA rules) in the page, at desktop and phone width: the serious and
// critical findings, one line each. Shared by every browser test that checks a page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { viewports } from "./browser";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

type Finding = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

export async function seriousFindings(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle").catch(() => {});
  // Evaluated through DevTools, which the page's CSP does not govern; a <script> tag would be blocked.
  await page.evaluate(axeSource);
  const findings: string[] = [];
  for (const viewport of [viewports.desktop, viewports.phone]) {
    await page.setViewportSize(viewport);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Finding[] }> } }
      ).axe;
      const result = await axe.run({
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations;
    });
    for (const violation of violations as Finding[]) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      const where = violation.nodes
        .map((node) => node.target.join(" "))
        .slice(0, 3)
        .join(", ");
      findings.push(
        `${page.url()} @${viewport.width}px ${violation.id}: ${violation.help} (${where})`,
      );
    }
  }
  return findings;
}
