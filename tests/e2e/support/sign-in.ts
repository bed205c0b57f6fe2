import type { BrowserContext, Page } from "playwright-core";

export type Credentials = { email: string; password: string };

/** Signs in through the sign-in page, as a person would, and waits for the dashboard. */
export async function signInThroughForm(page: Page, credentials: Credentials): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(credentials.email);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  // The button stays disabled until React has hydrated the form.
  await button.and(page.locator(":enabled")).click();
  await page.waitForURL("**/dashboard");
}

/** Signs the context in through the auth API (faster than the form; same session cookie). */
export async function signInContext(
  context: BrowserContext,
  options: Credentials & { baseUrl: string },
): Promise<void> {
  const response = await context.request.post(`${options.baseUrl}/api/auth/sign-in/email`, {
    data: { email: options.email, password: options.password },
    headers: { origin: options.baseUrl },
  });
  if (!response.ok()) {
    throw new Error(`Sign-in as ${options.email} failed with ${response.status()}.`);
  }
}
