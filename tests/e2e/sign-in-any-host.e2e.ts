// a production build started without APP_URL (as the README's
// `npm run build && PORT=4000 npm start`) signs in on whatever host the browser used.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "./support/app-server";
import { newContext } from "./support/browser";
import { getE2eContext, useBrowser } from "./support/e2e-context";
import { signInThroughForm } from "./support/sign-in";

const e2e = getE2eContext();

describe.skipIf(e2e.isSkipped)("sign-in without APP_URL", () => {
  const { browser } = useBrowser();
  let server: AppServer | null = null;
  beforeAll(async () => {
    // Its own server: the shared one sets APP_URL. An empty value is unset (emptyStringAsUndefined).
    server = await startAppServer({ env: { APP_URL: "" } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ["127.0.0.1", (url: URL) => url.origin],
    ["localhost", (url: URL) => `http://localhost:${url.port}`],
  ])("signs in through the form at http://%s:<port>", async (_host, originOf) => {
    if (!server) throw new Error("The server did not start.");
    const baseUrl = originOf(new URL(server.baseUrl));
    const context = await newContext(browser(), { baseUrl });
    const page = await context.newPage();
    await signInThroughForm(page, server.seed.recruiter);
    expect(new URL(page.url()).origin).toBe(baseUrl);
    expect(server.logs()).not.toContain("Invalid origin");
    await context.close();
  });
});
