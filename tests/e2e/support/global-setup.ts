// One server for the browser test files: seeded once, stopped at the end. Skips (or, in CI,
// fails) when Debian's Chromium is missing.
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { hasChromium, missingChromiumMessage } from "./browser";
import type { E2eContext } from "./e2e-context";
import { e2eEnv } from "./e2e-env";

export default async function setup(project: TestProject) {
  if (!hasChromium()) {
    if (e2eEnv.CI) throw new Error(`${missingChromiumMessage} (CI=true, so this fails).`);
    console.info(`Browser tests skipped. ${missingChromiumMessage}`);
    const skipped: E2eContext = { skipReason: missingChromiumMessage, baseUrl: "", seed: null };
    project.provide("e2e", skipped);
    return;
  }
  const server = await startAppServer();
  const context: E2eContext = { skipReason: null, baseUrl: server.baseUrl, seed: server.seed };
  project.provide("e2e", context);
  return async () => {
    await server.stop();
  };
}
