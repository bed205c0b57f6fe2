// Debian's Chromium driven by playwright-core; no browser is ever downloaded.
import { existsSync } from "node:fs";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
} from "playwright-core";
import { e2eEnv } from "./e2e-env";

export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 812 },
} as const;
export type ViewportName = keyof typeof viewports;

export const missingChromiumMessage = `Chromium not found at ${e2eEnv.E2E_CHROMIUM_PATH}: apt-get install chromium`;

export function hasChromium(): boolean {
  return existsSync(e2eEnv.E2E_CHROMIUM_PATH);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: e2eEnv.E2E_CHROMIUM_PATH,
    headless: !e2eEnv.E2E_HEADED,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Console errors and uncaught exceptions of every page since the last take; tests fail on any. */
const pageErrors: string[] = [];

export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

/** A fresh context (its own cookies) at one viewport, with the microphone allowed. */
export async function newContext(
  browser: Browser,
  options: {
    baseUrl: string;
    viewport?: ViewportName;
    storageState?: BrowserContextOptions["storageState"];
    /** Console errors (source URL and text) the test provokes on purpose: an unreachable room. */
    expectedErrors?: RegExp[];
  },
): Promise<BrowserContext> {
  const viewport = viewports[options.viewport ?? "desktop"];
  const context = await browser.newContext({
    baseURL: options.baseUrl,
    viewport,
    isMobile: options.viewport === "phone",
    hasTouch: options.viewport === "phone",
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
    permissions: ["microphone"],
    storageState: options.storageState,
  });
  context.setDefaultTimeout(15_000);
  // React reports hydration mismatches and errors it recovered from on the console.
  context.on("console", (message) => {
    // Chromium logs every 4xx/5xx response as "Failed to load resource": statuses the tests
    // provoke and check themselves (the 404s of the access tests, the refused uploads).
    if (message.type() !== "error" || message.text().startsWith("Failed to load resource")) return;
    const line = `${message.location().url}: ${message.text()}`;
    if (options.expectedErrors?.some((pattern) => pattern.test(line))) return;
    pageErrors.push(line.slice(0, 500));
  });
  context.on("weberror", (error) => pageErrors.push(`uncaught: ${error.error().message}`));
  return context;
}
