// The rubric editor on a position's page in Chromium against `next start` with the demo seed.
import fs from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { viewports } from "./support/browser";
import { getE2eContext, openSignedInPage, requireSeed, useBrowser } from "./support/e2e-context";

const e2e = getE2eContext();
const shotsDir = "/tmp/shots";
// The demo's backend position has evaluated interviews: a rubric change is replayed on them first.
const heldText =
  "Held for a replay: it runs on the position's evaluated interviews, and the change applies when you confirm it above.";

async function openBackendPosition(page: Page) {
  await page.goto("/positions");
  await page.getByRole("link", { name: "Senior Backend Engineer" }).first().click();
  await page.waitForURL(/\/positions\/[0-9a-f-]{36}$/);
  await page.getByRole("heading", { name: "Scoring rubrics" }).waitFor();
  // Buttons stay inert until React has hydrated; the enabled Save button says it has.
  const panel = page.locator("details").first();
  await panel
    .getByRole("button", { name: /^Save rubrics/ })
    .and(page.locator(":enabled"))
    .waitFor();
  return panel;
}

describe.skipIf(e2e.isSkipped)("position rubric editor in Chromium", () => {
  const { browser } = useBrowser();

  it("replays an edited anchor first, applies it on confirmation and keeps it after a reload", async () => {
    const { context, page } = await openSignedInPage(browser(), requireSeed().recruiter);
    const panel = await openBackendPosition(page);
    expect(await panel.getAttribute("open")).not.toBeNull();
    expect(await page.locator("details[open]").count()).toBe(1);

    const strong = "Sizes the system from measured load and defends each choice with numbers.";
    await panel.getByLabel("5 — strong").first().fill(strong);
    await panel.getByText("Unsaved changes").waitFor();
    await panel.getByRole("button", { name: /^Save rubrics/ }).click();
    await panel.getByText(heldText).waitFor();
    expect(await panel.getByText("Unsaved changes").count()).toBe(0);
    // The replay panel refreshes itself until the replay is ready, then offers to apply it.
    const replay = page.getByRole("region", { name: "Replay of the rubric change" });
    await replay.getByRole("table", { name: "Score shift per competency (new − old)" }).waitFor();
    await fs.mkdir(shotsDir, { recursive: true });
    await page.screenshot({ path: `${shotsDir}/rubric-replay.png`, fullPage: true });
    await replay.getByRole("button", { name: "Apply rubric change" }).click();
    await replay.waitFor({ state: "detached" });
    await page.screenshot({ path: `${shotsDir}/rubric-editor.png`, fullPage: true });
    await page.setViewportSize(viewports.phone);
    await panel.screenshot({ path: `${shotsDir}/rubric-editor.phone.png` });
    await page.setViewportSize(viewports.desktop);

    const reloaded = await openBackendPosition(page);
    expect(await reloaded.getByLabel("5 — strong").first().inputValue()).toBe(strong);
    await context.close();
  });

  it("keeps 3 to 5 criteria, derives new keys and explains what is wrong", async () => {
    const { context, page } = await openSignedInPage(browser(), requireSeed().recruiter);
    const panel = await openBackendPosition(page);
    const removeButtons = panel.getByRole("button", { name: /^Remove / });
    const add = panel.getByRole("button", { name: /^Add criterion/ });

    while ((await removeButtons.count()) > 3) await removeButtons.first().click();
    expect(await removeButtons.count()).toBe(3);
    for (const button of await removeButtons.all()) expect(await button.isDisabled()).toBe(true);
    await panel.getByText("A rubric needs at least 3 criteria.").waitFor();

    await add.click();
    // The new criterion's name field takes the focus, so typing goes straight into it.
    await page.keyboard.type("Cost & Capacity");
    await panel.getByText("cost_capacity", { exact: true }).waitFor();
    await panel.getByRole("button", { name: /^Save rubrics/ }).click();
    await panel.getByText("Criterion 4, what it assesses: fill this in.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe(
      "criteria.3.description",
    );
    const description = panel.locator('[name="criteria.3.description"]');
    expect(await description.getAttribute("aria-invalid")).toBe("true");
    await add.click();
    expect(await add.isDisabled()).toBe(true);
    await panel.screenshot({ path: `${shotsDir}/rubric-editor-invalid.png` });

    // A refusal from the server shows its error envelope's message.
    await panel.getByRole("button", { name: /^Reset to default/ }).click();
    expect(await removeButtons.count()).toBe(4);
    await page.route("**/api/positions/*", (route) =>
      route.request().method() === "PATCH"
        ? route.fulfill({
            status: 422,
            json: { error: { code: "unprocessable_entity", message: "The rubric was refused." } },
          })
        : route.continue(),
    );
    await panel.getByRole("button", { name: /^Save rubrics/ }).click();
    await panel.getByText("The rubric was refused.").waitFor();
    await page.screenshot({ path: `${shotsDir}/rubric-editor-errors.png`, fullPage: true });
    await context.close();
  });
});
