// Settings → Compliance in Chromium as the demo owner: each setting saved, shown after a reload,
// a value out of bounds not sendable; checked with axe and photographed at both widths. Puts the
// defaults back at the end: other suites share the seeded workspace.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousFindings } from "./support/axe-findings";
import {
  getE2eContext,
  openSignedInPage,
  requireSeed,
  screenshotBothWidths,
  useBrowser,
} from "./support/e2e-context";

const e2e = getE2eContext();

/** Saves the form around `control` and waits for its "Saved.". */
async function saveFormOf(page: Page, control: ReturnType<Page["getByLabel"]>) {
  const form = page.locator("form").filter({ has: control });
  await form.getByRole("button", { name: "Save" }).and(page.locator(":enabled")).click();
  await form.getByText("Saved.").waitFor();
}

describe.skipIf(e2e.isSkipped)("compliance settings in Chromium", () => {
  const { browser } = useBrowser();
  let page: Page;
  beforeAll(async () => {
    if (e2e.isSkipped) return;
    ({ page } = await openSignedInPage(browser(), requireSeed().recruiter));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it("saves each setting, shows it after a reload, and will not send a value out of bounds", async () => {
    await page.goto("/settings/workspace");
    await page
      .getByRole("navigation", { name: "Settings" })
      .getByRole("link", { name: "Compliance" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Compliance" }).waitFor();
    await page.getByText("NYC Local Law 144").waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await screenshotBothWidths(page, "settings-compliance");

    const leadDays = page.getByLabel("Business days between invitation and deadline");
    await leadDays.fill("10");
    await saveFormOf(page, leadDays);
    const afterCompletion = page.getByRole("radio", { name: /After the interview/ });
    await afterCompletion.check();
    await saveFormOf(page, afterCompletion);
    const months = page.getByLabel("Months to keep decision records");
    await months.fill("5");
    const monthsForm = page.locator("form").filter({ has: months });
    expect(await monthsForm.getByRole("button", { name: "Save" }).isDisabled()).toBe(true);

    await page.reload();
    expect(await leadDays.inputValue()).toBe("10");
    expect(await afterCompletion.isChecked()).toBe(true);
    expect(await months.inputValue()).toBe("12");

    // Back to the defaults for the suites that follow.
    await leadDays.fill("0");
    await saveFormOf(page, leadDays);
    const afterDecision = page.getByRole("radio", { name: /After the decision/ });
    await afterDecision.check();
    await saveFormOf(page, afterDecision);
  });
});
