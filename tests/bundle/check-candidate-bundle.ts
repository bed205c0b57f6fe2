// `npm run test:bundle` (after a build): the JavaScript a candidate's browser downloads on the
// first view of an invite, with LiveKit and Deepgram off, must stay within 250 KB gzipped. The
// browser decides which chunks a page loads (dynamic imports included), so this asks Chromium
// rather than the build manifests. Sizes are gzip at zlib's default level, what `next start`
// sends; a CDN sending brotli would be smaller still.
import { gzipSync } from "node:zlib";
import { startAppServer } from "../e2e/support/app-server";
import { launchBrowser, newContext } from "../e2e/support/browser";
import { formatKilobytes, type LoadedScript, summarizeScripts } from "./summarize-scripts";

const budgetBytes = 250_000;
// Unset, not just absent from this shell: the budget is the page without a media room or live STT.
const servicesOff = {
  LIVEKIT_URL: "",
  LIVEKIT_API_KEY: "",
  LIVEKIT_API_SECRET: "",
  DEEPGRAM_API_KEY: "",
};

async function measure(): Promise<LoadedScript[]> {
  const server = await startAppServer({ env: servicesOff });
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, { baseUrl: server.baseUrl });
    const page = await context.newPage();
    const pending: Promise<LoadedScript>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then((body) => ({
          url: new URL(response.url()).pathname,
          gzipBytes: gzipSync(body).length,
        })),
      );
    });
    await page.goto(`/interview/${server.seed.inviteToken}`, { waitUntil: "networkidle" });
    // The consent step is the first view; its checkbox is enabled once React has hydrated.
    await page.waitForSelector("input[type=checkbox]:not([disabled])");
    await page.waitForLoadState("networkidle");
    return await Promise.all(pending);
  } finally {
    await browser.close();
    await server.stop();
  }
}

const summary = summarizeScripts({ scripts: await measure(), budgetBytes });
console.info(
  `Candidate invite page, first view: ${formatKilobytes(summary.totalBytes)} of JavaScript (gzip), budget ${formatKilobytes(budgetBytes)}.`,
);
for (const script of summary.top) {
  console.info(`  ${formatKilobytes(script.gzipBytes).padStart(9)}  ${script.url}`);
}
if (summary.isOverBudget) {
  console.error(
    "Over budget: load what the first view does not need with next/dynamic or import().",
  );
  process.exit(1);
}
