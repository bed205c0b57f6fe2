// The signed-out account pages in Chromium: forgot → reset through the emailed link → sign in;
// joining a workspace from an invitation as a new person and as a person with an account; the
// refusals (a used reset link, another signed-in address, sign-up when it is by invitation only);
// open sign-up on a server of its own: verify the address, create the workspace.
// Each page is checked with axe and photographed at both widths.
import type { APIRequestContext, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "./support/app-server";
import { seriousFindings } from "./support/axe-findings";
import { newContext, viewports } from "./support/browser";
import {
  getE2eContext,
  openSignedInPage,
  requireSeed,
  screenshotBothWidths,
  useBrowser,
} from "./support/e2e-context";
import { readNewestMailLink } from "./support/read-mailbox";
import { type Credentials, signInContext } from "./support/sign-in";

const e2e = getE2eContext();
const workspaceName = "Acme Robotics (demo)";

/** An owner's invitation through better-auth's own endpoint; returns the invitation id. */
async function invite(owner: BrowserContext, options: { email: string; role: string }) {
  const response = await owner.request.post(`${e2e.baseUrl}/api/auth/organization/invite-member`, {
    data: options,
    headers: { origin: e2e.baseUrl },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

/** A person joins through the invitation API, which creates their account. */
async function acceptAsNewPerson(
  request: APIRequestContext,
  options: { invitationId: string; name: string; password: string },
) {
  const response = await request.post(
    `${e2e.baseUrl}/api/invitations/${options.invitationId}/accept`,
    { data: { name: options.name, password: options.password }, headers: { origin: e2e.baseUrl } },
  );
  expect(response.status(), await response.text()).toBe(201);
}

async function fillAndSubmit(page: Page, fields: Record<string, string>, button: string) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  // Submit buttons stay disabled until React has hydrated the form.
  await page
    .getByRole("button", { name: button, exact: true })
    .and(page.locator(":enabled"))
    .click();
}

/** The session's active workspace, as better-auth tells the signed-in browser. */
async function activeWorkspaceName(context: BrowserContext): Promise<string | null> {
  const response = await context.request.get("/api/auth/organization/get-full-organization");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { name: string } | null)?.name ?? null;
}

/** An announcement of the page itself: Next's route announcer is an alert too, outside <main>. */
function inMain(page: Page, role: "alert" | "status") {
  return page.getByRole("main").getByRole(role);
}

async function expectAccessible(page: Page, name: string) {
  expect(await seriousFindings(page)).toEqual([]);
  await screenshotBothWidths(page, name);
  // Both leave the phone width behind; the steps after read the desktop header.
  await page.setViewportSize(viewports.desktop);
}

describe.skipIf(e2e.isSkipped)("account pages", () => {
  const { browser } = useBrowser();
  let owner: { context: BrowserContext; page: Page };
  let operator: { context: BrowserContext; page: Page };
  beforeAll(async () => {
    if (e2e.isSkipped) return;
    owner = await openSignedInPage(browser(), requireSeed().recruiter);
    operator = await openSignedInPage(browser(), requireSeed().operator);
  });
  afterAll(async () => {
    await owner?.context.close();
    await operator?.context.close();
  });

  it("resets a forgotten password through the emailed link once, signs out the other sessions, and signs in with the new one", async () => {
    const person: Credentials = { email: "reset.person@example.com", password: "first-password-1" };
    const invitationId = await invite(owner.context, { email: person.email, role: "recruiter" });
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    await acceptAsNewPerson(context.request, { invitationId, name: "Rae Reset", ...person });
    // A session on another device, which the reset must end.
    const otherDevice = await newContext(browser(), { baseUrl: e2e.baseUrl });
    await signInContext(otherDevice, { ...person, baseUrl: e2e.baseUrl });

    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { name: "Forgot your password?" }).waitFor();
    await expectAccessible(page, "account-01-forgot-password");
    // An unknown address gets the same answer as a known one.
    const answers: string[] = [];
    for (const email of ["nobody.here@example.com", person.email]) {
      await page.reload();
      await fillAndSubmit(page, { Email: email }, "Send the link");
      answers.push((await inMain(page, "status").textContent()) ?? "");
    }
    expect(answers[0]).toContain("If an account exists for that address");
    expect(answers[1]).toBe(answers[0]);

    const link = await readNewestMailLink(operator.page, {
      to: person.email,
      kind: "password-reset",
    });
    await page.goto(link);
    await page.waitForURL(/\/reset-password\?token=/);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectAccessible(page, "account-02-reset-password");
    await fillAndSubmit(
      page,
      { "New password": "second-password-2", "New password again": "another-one-3" },
      "Change the password",
    );
    await expect.poll(() => inMain(page, "alert").textContent()).toContain("differ");
    const newPassword = "second-password-2";
    await fillAndSubmit(
      page,
      { "New password": newPassword, "New password again": newPassword },
      "Change the password",
    );
    await page.getByText("Your password is changed.").waitFor();
    await expectAccessible(page, "account-03-password-changed");
    const otherSession = await otherDevice.request.get(`${e2e.baseUrl}/api/auth/get-session`);
    expect(await otherSession.json()).toBeNull();
    await otherDevice.close();

    // The link works once: the second time it lands on the explanation.
    await page.goto(link);
    await page.waitForURL(/\/reset-password\?error=INVALID_TOKEN/);
    await page.getByText("has expired or was already used").waitFor();
    await expectAccessible(page, "account-04-reset-link-used");

    await page.goto("/sign-in");
    await fillAndSubmit(page, { Email: person.email, Password: person.password }, "Sign in");
    await inMain(page, "alert").waitFor();
    await fillAndSubmit(page, { Email: person.email, Password: newPassword }, "Sign in");
    await page.waitForURL("**/dashboard");
    await context.close();
  });

  it("lets a new person create their account from the invitation and land on the workspace's dashboard", async () => {
    const email = "new.teammate@example.com";
    await invite(owner.context, { email, role: "evaluator" });
    const link = await readNewestMailLink(operator.page, {
      to: email,
      kind: "workspace-invitation",
    });
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole("heading", { name: `Join ${workspaceName}` }).waitFor();
    await expect.poll(() => page.getByText("Evaluator", { exact: true }).count()).toBe(1);
    await expectAccessible(page, "account-05-invitation-new-person");
    // By keyboard alone: the fields in order, Enter submits.
    await page
      .getByRole("button", { name: "Create the account and join" })
      .and(page.locator(":enabled"))
      .waitFor();
    await page.getByLabel("Your name", { exact: true }).focus();
    for (const [text, key] of [
      ["Nia Newcomer", "Tab"],
      ["teammate-pass-1", "Tab"],
      ["teammate-pass-1", "Enter"],
    ] as const) {
      await page.keyboard.type(text);
      await page.keyboard.press(key);
    }
    await page.waitForURL("**/dashboard");
    expect(await activeWorkspaceName(context)).toBe(workspaceName);

    // The link, opened again, says the invitation is used.
    await page.goto(link);
    await page.getByText("This invitation was already accepted.").waitFor();
    await expectAccessible(page, "account-06-invitation-accepted");
    await context.close();
  });

  it("sends a person with an account through sign-in and back to accept, and refuses another signed-in address", async () => {
    const seed = requireSeed();
    const person: Credentials = { email: "agency.person@example.com", password: "agency-pass-12" };
    // They already have an account, in the other workspace.
    const otherOwner = await openSignedInPage(browser(), seed.otherCompany.recruiter);
    const firstInvitation = await invite(otherOwner.context, {
      email: person.email,
      role: "recruiter",
    });
    await acceptAsNewPerson(otherOwner.context.request, {
      invitationId: firstInvitation,
      name: "Ada Agency",
      ...person,
    });
    await otherOwner.context.close();

    const invitationId = await invite(owner.context, { email: person.email, role: "admin" });
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(`/invitations/${invitationId}`);
    await page.getByRole("link", { name: "Sign in to accept" }).waitFor();
    await expectAccessible(page, "account-07-invitation-sign-in-first");
    await page.getByRole("link", { name: "Sign in to accept" }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    await fillAndSubmit(page, { Email: person.email, Password: person.password }, "Sign in");
    await page.waitForURL(`**/invitations/${invitationId}`);
    await page.getByRole("button", { name: "Accept the invitation" }).waitFor();
    await expectAccessible(page, "account-08-invitation-signed-in");
    await page.getByRole("button", { name: "Accept the invitation" }).click();
    await page.waitForURL("**/dashboard");
    expect(await activeWorkspaceName(context)).toBe(workspaceName);

    // Signed in as this person, an invitation for someone else is refused.
    const elsewhere = await invite(owner.context, {
      email: "someone.else@example.com",
      role: "recruiter",
    });
    await page.goto(`/invitations/${elsewhere}`);
    await expect
      .poll(() => inMain(page, "alert").textContent())
      .toContain(
        `signed in as ${person.email}, but this invitation is for someone.else@example.com`,
      );
    await expectAccessible(page, "account-09-invitation-wrong-account");
    // Signing out there shows the invitee's own choice: that address has no account yet.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Create your account" }).waitFor();
    await context.close();
  });

  it("keeps the sign-in page's return path on the site and hides sign-up when it is by invitation only", async () => {
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    const signUp = await page.goto("/sign-up");
    expect(signUp?.status()).toBe(404);
    await page.goto("/sign-in?next=//evil.example/steal");
    expect(await page.getByRole("link", { name: "Create an account" }).count()).toBe(0);
    await expectAccessible(page, "account-10-sign-in");
    const seed = requireSeed();
    await fillAndSubmit(
      page,
      { Email: seed.recruiter.email, Password: seed.recruiter.password },
      "Sign in",
    );
    await page.waitForURL("**/dashboard");
    expect(new URL(page.url()).origin).toBe(e2e.baseUrl);
    await context.close();
  });
});

describe.skipIf(e2e.isSkipped)("open sign-up", () => {
  const { browser } = useBrowser();
  let server: AppServer | null = null;
  beforeAll(async () => {
    // Its own server: the shared one signs up by invitation only, the default.
    server = await startAppServer({ env: { SIGN_UP_MODE: "open" } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("signs a person up, verifies the address through the emailed link, and creates their workspace", async () => {
    if (!server) throw new Error("The server did not start.");
    const { baseUrl, seed } = server;
    const context = await newContext(browser(), { baseUrl });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await expectAccessible(page, "account-11-sign-up");
    const email = "founder@nimbus.example";
    await fillAndSubmit(
      page,
      { Name: "Fay Founder", "Work email": email, Password: "founder-pass-1" },
      "Create the account",
    );
    await page.getByText("Check your email to verify your address.").waitFor();
    await screenshotBothWidths(page, "account-12-sign-up-sent");

    const operatorContext = await newContext(browser(), { baseUrl });
    await signInContext(operatorContext, { ...seed.operator, baseUrl });
    const link = await readNewestMailLink(await operatorContext.newPage(), {
      to: email,
      kind: "email-verification",
    });
    await operatorContext.close();
    await page.goto(link);
    await page.waitForURL("**/sign-up/workspace");
    await page.getByRole("heading", { name: "Create your workspace" }).waitFor();
    await expectAccessible(page, "account-13-create-workspace");
    await fillAndSubmit(page, { "Workspace name": "Nimbus Hiring" }, "Create your workspace");
    await page.waitForURL("**/dashboard");
    expect(await activeWorkspaceName(context)).toBe("Nimbus Hiring");
    await context.close();
  });
});
