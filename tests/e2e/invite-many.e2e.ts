// /positions/{id}/invite-many in Chromium against `next start` with the demo seed: a recruiter
// uploads a 4-row CSV with one bad email, sees that row's problem in the preview, creates the
// other 3 without mail and gets their links. Axe and screenshots on the preview and the result.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousFindings } from "./support/axe-findings";
import {
  getE2eContext,
  openSignedInPage,
  requireSeed,
  screenshotBothWidths,
  useBrowser,
} from "./support/e2e-context";

const e2e = getE2eContext();

async function expectAccessible(page: Page, name: string) {
  expect(await seriousFindings(page)).toEqual([]);
  await screenshotBothWidths(page, name);
}

function buildCsv(tag: string) {
  return [
    "Name,Email,external_candidate_id,time_zone",
    `Ada Lovelace,ada-${tag}@example.com,ats-1,Europe/London`,
    `Grace Hopper,not-an-email,ats-2,`,
    `Alan Turing,alan-${tag}@example.com,ats-3,`,
    `Katherine Johnson,katherine-${tag}@example.com,ats-4,America/New_York`,
  ].join("\n");
}

describe.skipIf(e2e.isSkipped)("invite many candidates in Chromium", () => {
  const { browser } = useBrowser();

  it("previews a CSV with one bad row, names its problem and creates the other three", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto(`/positions/${seed.positionIds[0]}`);
    await page.getByRole("link", { name: "Invite many" }).click();
    await page.waitForURL(/\/positions\/[0-9a-f-]{36}\/invite-many$/);
    await page.getByRole("heading", { name: "Invite many candidates" }).waitFor();

    await page.getByLabel("CSV file").setInputFiles({
      name: "candidates.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(buildCsv(crypto.randomUUID().slice(0, 8))),
    });
    await page.getByRole("button", { name: "Check rows" }).and(page.locator(":enabled")).click();
    const summary = page.getByRole("main").getByRole("status");
    await summary
      .filter({ hasText: "4 rows read: 3 ready, 1 with a problem (skipped)." })
      .waitFor();
    const badRow = page.getByRole("row").filter({ hasText: "not-an-email" });
    expect(await badRow.textContent()).toContain('"not-an-email" is not an email address.');
    expect(await page.getByRole("row").filter({ hasText: "Ready" }).count()).toBe(3);
    await expectAccessible(page, "invite-many-preview");

    await page.getByLabel("Email each candidate their invitation").uncheck();
    await page.getByRole("button", { name: "Create 3 interviews" }).click();
    await page.getByRole("heading", { name: "3 interviews created" }).waitFor();
    await page.getByText("No invitations were emailed").waitFor();
    const links = page.getByRole("row").filter({ hasText: "/interview/inv_" });
    expect(await links.count()).toBe(3);
    expect(await page.getByRole("link", { name: "Download links (CSV)" }).count()).toBe(1);
    await expectAccessible(page, "invite-many-result");
    await context.close();
  });
});
