import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import type { SeedOutput } from "./app-server";
import { launchBrowser, newContext, takePageErrors, type ViewportName, viewports } from "./browser";
import { saveScreenshot } from "./screenshots";
import { type Credentials, signInContext } from "./sign-in";

export type E2eContext = { skipReason: string | null; baseUrl: string; seed: SeedOutput | null };

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** What the global setup started: the server's URL and the seed's ids and tokens. */
export function getE2eContext(): E2eContext & { isSkipped: boolean } {
  const context = inject("e2e");
  return { ...context, isSkipped: context.skipReason !== null };
}

export function requireSeed(): SeedOutput {
  const { seed } = getE2eContext();
  if (!seed) throw new Error("The browser tests were skipped; there is no seed.");
  return seed;
}

/** Launches one browser for a test file and closes it afterwards; a test fails on console errors. */
export function useBrowser(): { browser: () => Browser } {
  let browser: Browser | null = null;
  beforeAll(async () => {
    if (getE2eContext().isSkipped) return;
    browser = await launchBrowser();
  });
  afterEach(() => {
    expect(takePageErrors(), "errors on the browser console").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error("The browser is not running.");
      return browser;
    },
  };
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
// better-auth limits sign-ins per minute: each account signs in once per file, then its session
// cookie is reused by every later context.
const sessions = new Map<string, StorageState>();

/** A signed-in page in a fresh context (close the context when done). */
export async function openSignedInPage(
  browser: Browser,
  credentials: Credentials,
  options: { viewport?: ViewportName } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { baseUrl } = getE2eContext();
  const storageState = sessions.get(credentials.email);
  const context = await newContext(browser, { baseUrl, viewport: options.viewport, storageState });
  if (!storageState) {
    await signInContext(context, { ...credentials, baseUrl });
    sessions.set(credentials.email, await context.storageState());
  }
  return { context, page: await context.newPage() };
}

/** Screenshots the page at desktop width, then at phone width (375 px), then restores it. */
export async function screenshotBothWidths(page: Page, name: string): Promise<string[]> {
  const original = page.viewportSize() ?? viewports.desktop;
  await page.setViewportSize(viewports.desktop);
  const desktop = await saveScreenshot(page, `${name}.desktop`);
  await page.setViewportSize(viewports.phone);
  const phone = await saveScreenshot(page, `${name}.phone`);
  await page.setViewportSize(original);
  return [desktop, phone];
}
