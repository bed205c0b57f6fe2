// The first run in Chromium, on a server of its own over an empty data folder: /setup is checked
// with axe and by keyboard, refuses a wrong code with an announced error, and with the code from
// the start-up log creates the owner, signs them in and lands on the dashboard; then it is a 404.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousFindings } from "./support/axe-findings";
import { newContext } from "./support/browser";
import { getE2eContext, screenshotBothWidths, useBrowser } from "./support/e2e-context";
import { type FreshAppServer, startFreshAppServer } from "./support/fresh-app-server";

const e2e = getE2eContext();
const setupLine =
  /First run: open \/setup and enter the setup code ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/;
const labels = ["Setup code", "Your name", "Email", "Password", "Workspace name"];

async function fillSetup(page: Page, code: string) {
  const values = [code, "Fiona First", "fiona@example.com", "first-owner-pass", "Fiona's Team"];
  for (const [index, label] of labels.entries()) {
    await page.getByLabel(label, { exact: true }).fill(values[index] ?? "");
  }
  // The button stays disabled until React has hydrated the form.
  await page
    .getByRole("button", { name: "Create the owner and workspace" })
    .and(page.locator(":enabled"))
    .click();
}

describe.skipIf(e2e.isSkipped)("first-run setup page", () => {
  const { browser } = useBrowser();
  let server: FreshAppServer;
  beforeAll(async () => {
    if (e2e.isSkipped) return;
    server = await startFreshAppServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("creates the first owner with the printed code, signs them in, and is gone afterwards", async () => {
    const [, code = ""] = await server.waitForLog(setupLine);
    const context = await newContext(browser(), { baseUrl: server.baseUrl });
    const page = await context.newPage();
    // Nobody can sign in yet: the sign-in page sends the newcomer to setup.
    await page.goto("/sign-in");
    expect(new URL(page.url()).pathname).toBe("/setup");
    expect(await seriousFindings(page)).toEqual([]);
    await screenshotBothWidths(page, "setup");

    // Keyboard: the fields, then the button, in reading order.
    await page.getByLabel("Setup code", { exact: true }).focus();
    const order: string[] = [];
    for (let step = 0; step < labels.length; step++) {
      order.push(await page.evaluate(() => document.activeElement?.id ?? ""));
      await page.keyboard.press("Tab");
    }
    expect(order).toEqual(["code", "name", "email", "password", "workspaceName"]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("submit");

    await fillSetup(page, "AAAA-BBBB-CCCC-DDDD");
    const alert = page.getByRole("main").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("not the setup code");
    expect(page.url()).toBe(`${server.baseUrl}/setup`);

    await fillSetup(page, code.toLowerCase());
    await page.waitForURL("**/dashboard");
    const response = await page.goto("/setup");
    expect(response?.status()).toBe(404);
    await context.close();
  });
});
