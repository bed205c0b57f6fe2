import fs from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";

export const artifactsDir = path.resolve(import.meta.dirname, "../artifacts");

/** Saves a full-page PNG under tests/e2e/artifacts/ (gitignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  // Charts measure their container after hydration; let them draw before the picture.
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
