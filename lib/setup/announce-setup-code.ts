import "server-only";
import { isSetupNeeded } from "./create-first-owner";
import { getSetupCode } from "./setup-code";

/**
 * The one start-up line for a fresh deploy. It is the only secret the app logs, on purpose: on
 * Vercel the function log is where the person deploying can read it, and only while nobody exists.
 */
export function describeSetupCode(setup: { code: string; isFromEnv: boolean }): string {
  return setup.isFromEnv
    ? "First run: open /setup and enter the setup code you set in SETUP_TOKEN."
    : `First run: open /setup and enter the setup code ${setup.code}`;
}

export async function announceSetupCodeIfNeeded(): Promise<void> {
  if (!(await isSetupNeeded())) return;
  console.info(describeSetupCode(getSetupCode()));
}
