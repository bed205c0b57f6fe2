// The settings pages in Chromium: members (invite, pending invitations, resend, revoke, change a
// role, the last owner kept, remove), workspace, security (sessions, API tokens, two-factor) and
// the header's workspace switcher, each page checked with axe and photographed at both widths.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpFromSecret } from "../support/totp";
import { seriousFindings } from "./support/axe-findings";
import { newContext } from "./support/browser";
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
const firefoxOnWindows =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

type SignedIn = { context: BrowserContext; page: Page };

async function expectAccessible(page: Page, name: string) {
  expect(await seriousFindings(page)).toEqual([]);
  await screenshotBothWidths(page, name);
}

/** The page's own announcements: Next's route announcer is an alert too, outside <main>. */
function inMain(page: Page, role: "alert" | "status") {
  return page.getByRole("main").getByRole(role);
}

/** Clicks once React has hydrated: buttons rendered disabled until then would swallow the click. */
async function clickEnabled(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).and(page.locator(":enabled")).click();
}

/** Invites through the members page, as an owner would, and returns the emailed link's id. */
async function inviteThroughPage(
  owner: Page,
  operator: Page,
  options: { email: string; role: string },
): Promise<string> {
  await owner.goto("/settings/members");
  await owner.getByLabel("Email", { exact: true }).fill(options.email);
  await owner.getByLabel("Role", { exact: true }).selectOption({ label: options.role });
  await clickEnabled(owner, "Send invitation");
  await inMain(owner, "status")
    .filter({ hasText: `Invitation sent to ${options.email}.` })
    .waitFor();
  const link = await readNewestMailLink(operator, {
    to: options.email,
    kind: "workspace-invitation",
  });
  const id = /\/invitations\/([0-9a-f-]{36})$/.exec(link)?.[1];
  if (!id) throw new Error(`Unexpected invitation link ${link}`);
  return id;
}

/** A new person joins from their invitation (the invitation API), then signs in. */
async function joinAsNewPerson(
  browser: Browser,
  options: { invitationId: string; name: string } & Credentials,
): Promise<SignedIn> {
  const context = await newContext(browser, { baseUrl: e2e.baseUrl });
  const response = await context.request.post(
    `${e2e.baseUrl}/api/invitations/${options.invitationId}/accept`,
    {
      data: { name: options.name, password: options.password },
      headers: { origin: e2e.baseUrl },
    },
  );
  expect(response.status(), await response.text()).toBe(201);
  await signInContext(context, { ...options, baseUrl: e2e.baseUrl });
  return { context, page: await context.newPage() };
}

describe.skipIf(e2e.isSkipped)("settings pages in Chromium", () => {
  const { browser } = useBrowser();
  let owner: SignedIn;
  let operator: SignedIn;
  beforeAll(async () => {
    if (e2e.isSkipped) return;
    owner = await openSignedInPage(browser(), requireSeed().recruiter);
    operator = await openSignedInPage(browser(), requireSeed().operator);
    // Every confirm() on these pages (remove, revoke) is accepted, as a person would.
    owner.page.on("dialog", (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await owner?.context.close();
    await operator?.context.close();
  });

  it("invites a teammate: the invitation is pending with its expiry, its email is in the mailbox, and it can be resent and revoked", async () => {
    const { page } = owner;
    await page.goto("/dashboard");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Settings" })
      .click();
    await page.waitForURL("**/settings/workspace");
    await page
      .getByRole("navigation", { name: "Settings" })
      .getByRole("link", { name: "Members" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Members" }).waitFor();
    await expectAccessible(page, "settings-01-members");

    // By keyboard: type the address, Tab to the role, pick it with the arrow keys, Enter sends.
    const email = "pia.pending@example.com";
    await page.getByLabel("Email", { exact: true }).focus();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await expect(
      page.getByLabel("Role", { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.getByLabel("Role", { exact: true }).selectOption("recruiter");
    await page.getByLabel("Email", { exact: true }).press("Enter");
    await inMain(page, "status")
      .filter({ hasText: `Invitation sent to ${email}.` })
      .waitFor();

    const pending = page.getByRole("listitem").filter({ hasText: email });
    await pending.getByText(/Recruiter · Expires/).waitFor();
    const link = await readNewestMailLink(operator.page, {
      to: email,
      kind: "workspace-invitation",
    });
    expect(link).toMatch(new RegExp(`^${e2e.baseUrl}/invitations/[0-9a-f-]{36}$`));
    await expectAccessible(page, "settings-02-members-pending");

    await pending.getByRole("button", { name: `Resend the invitation to ${email}` }).click();
    await pending
      .getByRole("status")
      .filter({ hasText: `Sent again to ${email}.` })
      .waitFor();
    // The resend keeps the invitation (and its link) and mails it again.
    expect(
      await readNewestMailLink(operator.page, { to: email, kind: "workspace-invitation" }),
    ).toBe(link);

    await pending.getByRole("button", { name: `Revoke the invitation to ${email}` }).click();
    await pending.waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Members" }).waitFor();
    expect(await page.getByRole("listitem").filter({ hasText: email }).count()).toBe(0);
  });

  it("changes a teammate's role, keeps the last owner, and the recruiter gets 404 on members settings", async () => {
    const { page } = owner;
    const person = { email: "rory.role@example.com", password: "rory-role-password-1" };
    const invitationId = await inviteThroughPage(page, operator.page, {
      email: person.email,
      role: "Evaluator",
    });
    const rory = await joinAsNewPerson(browser(), { invitationId, name: "Rory Role", ...person });

    await page.goto("/settings/members");
    const row = page.getByRole("listitem").filter({ hasText: person.email });
    await row.getByText(/^Joined /).waitFor();
    await row.getByLabel("Role of Rory Role", { exact: true }).selectOption("recruiter");
    await row.getByRole("button", { name: "Save role of Rory Role" }).click();
    await row.getByRole("status").filter({ hasText: "Rory Role is now Recruiter." }).waitFor();
    await page.getByLabel("Email", { exact: true }).fill(person.email);
    await clickEnabled(page, "Send invitation");
    await expect(inMain(page, "alert").textContent()).resolves.toBe(
      "That person is already a member of this workspace.",
    );

    // The demo owner is the workspace's only owner: the API refuses the demotion, the page says so.
    const ownRow = page.getByRole("listitem").filter({ hasText: "(you)" });
    await ownRow.getByRole("combobox").selectOption("admin");
    await ownRow.getByRole("button", { name: /^Save role of / }).click();
    await expect(ownRow.getByRole("alert").textContent()).resolves.toBe(
      "The workspace must keep an owner: make someone else an owner first.",
    );
    await screenshotBothWidths(page, "settings-03-members-last-owner");

    const refused = await rory.page.goto("/settings/members");
    expect(refused?.status()).toBe(404);
    expect((await rory.page.goto("/settings/workspace"))?.status()).toBe(404);
    expect((await rory.page.goto("/settings/sso"))?.status()).toBe(404);
    await rory.page.goto("/settings");
    await rory.page.waitForURL("**/settings/notifications");
    await expect(
      rory.page.getByRole("navigation", { name: "Settings" }).getByRole("link").allTextContents(),
    ).resolves.toEqual(["Notifications", "Security"]);
    await rory.page.goto("/settings/security");
    await rory.page.getByText("Your role cannot create tokens; owners and admins can.").waitFor();
    expect(await rory.page.getByRole("button", { name: "Create token" }).count()).toBe(0);
    await rory.context.close();
  });

  it("assigns an evaluator to a position on its page, and turns two-factor on with a code from the app and off again", async () => {
    const { page } = owner;
    const person = { email: "tess.totp@example.com", password: "tess-totp-password-1" };
    const invitationId = await inviteThroughPage(page, operator.page, {
      email: person.email,
      role: "Evaluator",
    });
    const tess = await joinAsNewPerson(browser(), { invitationId, name: "Tess Totp", ...person });
    const positionPath = `/positions/${requireSeed().positionIds[0]}`;
    expect((await tess.page.goto(positionPath))?.status()).toBe(404);
    await page.goto(positionPath);
    const evaluators = page.getByRole("region", { name: "Evaluators" });
    await evaluators.getByRole("checkbox", { name: /Tess Totp/ }).check();
    await evaluators.getByRole("button", { name: "Save evaluators" }).click();
    await evaluators.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await expectAccessible(page, "settings-10-position-evaluators");
    expect((await tess.page.goto(positionPath))?.status()).toBe(200);
    await tess.page.goto("/settings/security");
    await tess.page.getByText("Off: signing in asks only for your password.").waitFor();
    await tess.page.getByLabel("Your password").fill("not-her-password");
    await clickEnabled(tess.page, "Set up two-factor");
    await inMain(tess.page, "alert").waitFor();

    await tess.page.getByLabel("Your password").fill(person.password);
    await clickEnabled(tess.page, "Set up two-factor");
    const key = (await tess.page.locator("code").first().textContent()) ?? "";
    const backupCode = ((await tess.page.locator("code").nth(1).textContent()) ?? "").split(" ")[0];
    expect(key).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(tess.page, "settings-04-two-factor-setup");
    await tess.page.getByLabel("Code from the app").fill(totpFromSecret(key));
    await clickEnabled(tess.page, "Turn on");
    await tess.page
      .getByText("On: signing in asks for a code from your authenticator app.")
      .waitFor();

    // Signing in elsewhere now stops at the second factor: the form asks for a code, and a
    // backup code (single use, so no clock window to wait for) opens the session.
    const elsewhere = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const signInPage = await elsewhere.newPage();
    await signInPage.goto("/sign-in");
    await signInPage.getByLabel("Email", { exact: true }).fill(person.email);
    await signInPage.getByLabel("Password", { exact: true }).fill(person.password);
    await signInPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await signInPage.getByLabel("Code from your authenticator app").waitFor();
    expect(new URL(signInPage.url()).pathname).toBe("/sign-in");
    await screenshotBothWidths(signInPage, "settings-04b-two-factor-sign-in");
    await signInPage.getByRole("button", { name: "Use a backup code instead" }).click();
    await signInPage.getByLabel("Backup code").fill(backupCode ?? "");
    await signInPage.getByRole("button", { name: "Verify" }).click();
    await signInPage.waitForURL("**/dashboard");
    await elsewhere.close();

    await tess.page.getByLabel("Your password").fill(person.password);
    await clickEnabled(tess.page, "Turn off two-factor");
    await tess.page.getByText("Off: signing in asks only for your password.").waitFor();
    await tess.context.close();
  });

  it("creates an API token shown once with a copy button, lists it by prefix, and revokes it", async () => {
    const { page } = owner;
    await page.goto("/settings/security");
    await page.getByRole("heading", { level: 1, name: "Security" }).waitFor();
    await page.getByText("This session").waitFor();
    await expectAccessible(page, "settings-05-security");

    await page.getByLabel("Token name").fill("Settings e2e token");
    await page.getByLabel("Expires after").selectOption("30");
    await clickEnabled(page, "Create token");
    const shown = page.getByLabel("New API token");
    await shown.waitFor();
    const token = await shown.inputValue();
    await page.getByRole("button", { name: "Copy token" }).waitFor();
    const item = page.getByRole("listitem").filter({ hasText: "Settings e2e token" });
    await item.getByText(`${token.slice(0, 10)}…`).waitFor();
    await screenshotBothWidths(page, "settings-06-token-created");
    const use = () =>
      fetch(`${e2e.baseUrl}/api/api-tokens`, { headers: { authorization: `Bearer ${token}` } });
    expect((await use()).status).toBe(200);

    await item.getByRole("button", { name: "Revoke the token Settings e2e token" }).click();
    await item.waitFor({ state: "detached" });
    expect((await use()).status).toBe(401);
    // Gone from the list after a reload too: the once-shown text is not kept anywhere.
    await page.reload();
    expect(await page.getByText(token).count()).toBe(0);
  });

  it("shows the workspace settings moved from the dashboard, linked from it", async () => {
    const { page } = owner;
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Workspace settings" }).click();
    await page.waitForURL("**/settings/workspace");
    await expect(page.getByLabel("Workspace name").inputValue()).resolves.toBe(
      "Acme Robotics (demo)",
    );
    await page.getByRole("radio", { name: /Feedback \(default\)/ }).waitFor();
    await page.getByRole("radio", { name: /^Audio/ }).waitFor();
    await expectAccessible(page, "settings-07-workspace");
  });

  it("switches a member of two workspaces between them from the header, and the owner removes them", async () => {
    const seed = requireSeed();
    const gale = seed.otherCompany.recruiter;
    const galeSignedIn = await openSignedInPage(browser(), gale);
    const invitationId = await inviteThroughPage(owner.page, operator.page, {
      email: gale.email,
      role: "Evaluator",
    });
    // A person with an account accepts with better-auth's own endpoint, signed in as themselves.
    const accepted = await galeSignedIn.context.request.post(
      `${e2e.baseUrl}/api/auth/organization/accept-invitation`,
      { data: { invitationId }, headers: { origin: e2e.baseUrl } },
    );
    expect(accepted.status(), await accepted.text()).toBe(200);

    const { page } = galeSignedIn;
    // better-auth moves the accepting session into the workspace joined; the header says so.
    await page.goto("/dashboard");
    await page.getByRole("heading", { level: 1, name: "Acme Robotics (demo)" }).waitFor();
    const switcher = page.getByLabel("Workspace", { exact: true });
    await expect(switcher.locator("option").allTextContents()).resolves.toEqual([
      "Globex (demo) (Owner)",
      "Acme Robotics (demo) (Evaluator)",
    ]);
    await expect(switcher.inputValue()).resolves.toBe(seed.companyId);
    await expectAccessible(page, "settings-08-switcher");
    expect((await page.goto("/settings/members"))?.status()).toBe(404);

    await page.goto("/settings/security");
    await switcher.selectOption({ label: "Globex (demo) (Owner)" });
    await clickEnabled(page, "Switch");
    await page.waitForURL("**/dashboard");
    await page.getByRole("heading", { level: 1, name: "Globex (demo)" }).waitFor();
    await page.getByRole("link", { name: "Workspace settings" }).waitFor();

    await owner.page.goto("/settings/members");
    const row = owner.page.getByRole("listitem").filter({ hasText: gale.email });
    await row.getByRole("button", { name: "Remove Gale Globex" }).click();
    await row.waitFor({ state: "detached" });
    // One workspace left: the header names it and the role, with nothing to switch to.
    await page.reload();
    await page.getByText("Globex (demo) · Owner").waitFor();
    expect(await switcher.count()).toBe(0);
    await galeSignedIn.context.close();
  });

  it("lists two sessions of the owner and revokes the other, which is signed out", async () => {
    const { page } = owner;
    await page.goto("/settings/security");
    await page.getByText("This session").waitFor();
    // Sessions of earlier test files go first, so the two counted here are this file's.
    const signOutOthers = page.getByRole("button", { name: "Sign out other sessions" });
    if (await signOutOthers.isEnabled()) {
      await signOutOthers.click();
      await inMain(page, "status").filter({ hasText: "Signed out of other sessions." }).waitFor();
    }
    const other = await browser().newContext({ baseURL: e2e.baseUrl, userAgent: firefoxOnWindows });
    await signInContext(other, { ...requireSeed().recruiter, baseUrl: e2e.baseUrl });
    const otherPage = await other.newPage();
    await otherPage.goto("/dashboard");
    await otherPage.getByRole("heading", { level: 1, name: "Acme Robotics (demo)" }).waitFor();

    await page.reload();
    const sessions = page.getByRole("region", { name: "Sessions" }).getByRole("listitem");
    await sessions.filter({ hasText: "Firefox on Windows" }).waitFor();
    await expect(sessions.count()).resolves.toBe(2);
    await expectAccessible(page, "settings-09-sessions");
    await sessions
      .filter({ hasText: "Firefox on Windows" })
      .getByRole("button", { name: /^Revoke the session on Firefox on Windows/ })
      .click();
    await inMain(page, "status").filter({ hasText: "Session revoked." }).waitFor();
    await expect(sessions.count()).resolves.toBe(1);

    await otherPage.goto("/dashboard");
    await otherPage.waitForURL("**/sign-in**");
    await other.close();
  });

  it("shows single sign-on settings to the owner; a provider at a plain-http private address is refused with the reason", async () => {
    const { page } = owner;
    await page.goto("/settings/sso");
    await page.getByRole("heading", { level: 1, name: "Single sign-on" }).waitFor();
    await page.getByText("None yet: people sign in with their password.").waitFor();
    await expectAccessible(page, "settings-07-sso");
    await page.getByLabel("Name (in the redirect URI)").fill("acme-idp");
    await page.getByLabel("Issuer URL").fill("http://127.0.0.1:9/realms/acme");
    await page.getByLabel("Email domain").fill("acme.example");
    await page.getByLabel("Client ID").fill("interview-platform");
    await page.getByLabel("Client secret").fill("not-a-real-secret");
    await page.getByLabel("Newcomers join as").selectOption("recruiter");
    await clickEnabled(page, "Register provider");
    await inMain(page, "alert").waitFor();
    expect(await page.getByText("None yet: people sign in with their password.").count()).toBe(1);
    await screenshotBothWidths(page, "settings-08-sso-refused");
  });
});
