// The team flow of a new deployment in Chromium, through the pages: on a server of its own over
// an empty data folder, with mail going over SMTP to a real server the test runs, the first owner
// sets up the workspace with the setup code, creates two positions and a candidate interview in
// each, and invites an evaluator; the invitation email arrives with its link, and the evaluator
// creates their account from it in a browser of their own. Assigned to one position, they read
// its report and nothing else (404 pages, a 403 from the API); removed by the owner, their next
// page load finds no workspace and the API refuses them.
import type { ParsedMail } from "mailparser";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpTestServer } from "../support/smtp-test-server";
import { newContext } from "./support/browser";
import { getE2eContext, screenshotBothWidths, useBrowser } from "./support/e2e-context";
import { type FreshAppServer, startFreshAppServer } from "./support/fresh-app-server";
import { moveThroughQuestions } from "./support/move-through-questions";
import { saveScreenshot } from "./support/screenshots";

const e2e = getE2eContext();
const setupCode = "team-flow-setup-code-0123";
const owner = { name: "Olive Owner", email: "olive@example.com", password: "olive-owner-pass-1" };
const evaluator = {
  name: "Evan Evaluator",
  email: "evan@example.com",
  password: "evan-eval-pass-1",
};
const answers = [
  "When a product manager and I read the same ticket differently, I wrote down both readings, " +
    "asked the customer which one they needed, and we shipped the right one a week later.",
  "I send a short update every thirty minutes in one channel: what we know, what we are trying " +
    "next and when the next update comes, so the people fixing it are not interrupted.",
  "I give a range instead of a date, say which unknowns make it wide, and narrow it each week " +
    "as we learn more, so the plan changes early rather than at the deadline.",
];

type Interview = { id: string; invitePath: string };

/** Clicks once React has hydrated: buttons rendered disabled until then would swallow the click. */
async function clickEnabled(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).and(page.locator(":enabled")).click();
}

/** The page's own announcements: Next's route announcer is an alert too, outside <main>. */
function inMain(page: Page, role: "alert" | "status") {
  return page.getByRole("main").getByRole(role);
}

/** Creates a position with one built-in competency through the positions page; returns its id. */
async function createPosition(page: Page, title: string): Promise<string> {
  await page.goto("/positions");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("checkbox", { name: "Communication" }).check();
  await clickEnabled(page, "Create position");
  await page.waitForURL(/\/positions\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").at(-1) ?? "";
}

/** Invites a candidate to a position through the invite page; returns the interview and its link. */
async function inviteCandidate(
  page: Page,
  options: { positionId: string; name: string; email: string },
): Promise<Interview> {
  await page.goto(`/interviews/new?positionId=${options.positionId}`);
  await page.getByLabel("Candidate name").fill(options.name);
  await page.getByLabel("Candidate email").fill(options.email);
  await page.getByLabel("Number of questions").fill("2");
  await clickEnabled(page, "Create interview and invite link");
  const link = page.getByLabel("Invite link");
  await link.or(inMain(page, "alert")).first().waitFor();
  if (!(await link.isVisible())) {
    throw new Error(`The invite was refused: ${await inMain(page, "alert").textContent()}`);
  }
  const inviteUrl = await link.inputValue();
  const href = await page.getByRole("link", { name: "Open the interview" }).getAttribute("href");
  return { id: href?.split("/").at(-1) ?? "", invitePath: new URL(inviteUrl).pathname };
}

/** The messages the SMTP server received for one address, waiting until `count` have arrived. */
async function waitForMail(
  smtp: Awaited<ReturnType<typeof startSmtpTestServer>>,
  options: { to: string; count: number },
): Promise<ParsedMail[]> {
  // Sending runs after the response that queued it; a generous deadline, never a fixed wait.
  for (let attempt = 0; attempt < 300; attempt++) {
    const mail = smtp.envelopes.flatMap((envelope, index) => {
      const message = smtp.received[index];
      return envelope.to.includes(options.to) && message ? [message] : [];
    });
    if (mail.length >= options.count) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail to ${options.to} arrived over SMTP.`);
}

describe.skipIf(e2e.isSkipped)("team flow on a new deployment, in Chromium", () => {
  const { browser } = useBrowser();
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  let server: FreshAppServer;
  let ownerContext: BrowserContext;
  let ownerPage: Page;
  let evaluatorContext: BrowserContext;
  let evaluatorPage: Page;
  let positionP = "";
  let positionQ = "";
  let interviewP: Interview;
  let interviewQ: Interview;
  let invitationLink = "";

  beforeAll(async () => {
    if (e2e.isSkipped) return;
    smtp = await startSmtpTestServer();
    server = await startFreshAppServer({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: "Hiring <hiring@example.com>",
        SETUP_TOKEN: setupCode,
        // This file loads many pages and signs in three people; the limits have their own tests.
        RATE_LIMIT_PER_MINUTE: "5000",
        RATE_LIMIT_PER_IP_PER_MINUTE: "50000",
      },
    });
  }, 180_000);
  afterAll(async () => {
    await ownerContext?.close();
    await evaluatorContext?.close();
    await server?.stop();
    await smtp?.close();
  });

  it("sets up the first owner and workspace with the setup code and lands on the dashboard", async () => {
    ownerContext = await newContext(browser(), { baseUrl: server.baseUrl });
    ownerPage = await ownerContext.newPage();
    // Every confirm() (removing a member) is accepted, as a person would.
    ownerPage.on("dialog", (dialog) => void dialog.accept());
    await ownerPage.goto("/setup");
    const values: Record<string, string> = {
      "Setup code": setupCode,
      "Your name": owner.name,
      Email: owner.email,
      Password: owner.password,
      "Workspace name": "Olive's Hiring",
    };
    for (const [label, value] of Object.entries(values)) {
      await ownerPage.getByLabel(label, { exact: true }).fill(value);
    }
    await screenshotBothWidths(ownerPage, "team-flow-01-setup");
    await clickEnabled(ownerPage, "Create the owner and workspace");
    await ownerPage.waitForURL("**/dashboard");
    await ownerPage.getByRole("heading", { level: 1, name: "Olive's Hiring" }).waitFor();
    await screenshotBothWidths(ownerPage, "team-flow-02-owner-dashboard");
  });

  it("creates positions P and Q with a candidate each; P's candidate finishes and is evaluated", async () => {
    positionP = await createPosition(ownerPage, "Platform Engineer");
    positionQ = await createPosition(ownerPage, "Designer");
    interviewP = await inviteCandidate(ownerPage, {
      positionId: positionP,
      name: "Pat Platform",
      email: "pat@example.com",
    });
    await screenshotBothWidths(ownerPage, "team-flow-03-candidate-invited");
    interviewQ = await inviteCandidate(ownerPage, {
      positionId: positionQ,
      name: "Quinn Design",
      email: "quinn@example.com",
    });

    const candidate = await newContext(browser(), { baseUrl: server.baseUrl });
    const page = await candidate.newPage();
    await page.goto(interviewP.invitePath);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();
    let answered = 0;
    const questions = await moveThroughQuestions(page, {
      answer: () => answers[answered++ % answers.length] ?? null,
    });
    expect(questions.length).toBeGreaterThanOrEqual(2);
    // The evaluation runs in-process after the last answer (offline scorer); the page follows it.
    await page.getByTestId("candidate-report").waitFor({ timeout: 60_000 });
    await saveScreenshot(page, "team-flow-04-candidate-report");
    await candidate.close();

    await ownerPage.goto(`/interviews/${interviewP.id}/report`);
    await ownerPage.getByRole("heading", { level: 1, name: "Report: Pat Platform" }).waitFor();
    await screenshotBothWidths(ownerPage, "team-flow-05-owner-reads-report");
  });

  it("invites an evaluator at /settings/members, and the invitation email arrives over SMTP with its link", async () => {
    await ownerPage.goto("/settings/members");
    await ownerPage.getByLabel("Email", { exact: true }).fill(evaluator.email);
    await ownerPage.getByLabel("Role", { exact: true }).selectOption({ label: "Evaluator" });
    await clickEnabled(ownerPage, "Send invitation");
    await inMain(ownerPage, "status")
      .filter({ hasText: `Invitation sent to ${evaluator.email}.` })
      .waitFor();
    await screenshotBothWidths(ownerPage, "team-flow-06-members-invited");

    const [mail] = await waitForMail(smtp, { to: evaluator.email, count: 1 });
    expect(mail?.subject).toContain("Olive's Hiring");
    const pattern = new RegExp(`${server.baseUrl}/invitations/[0-9a-f-]{36}`);
    invitationLink = pattern.exec(mail?.text ?? "")?.[0] ?? "";
    expect(invitationLink).not.toBe("");
    // The HTML part carries the same link.
    expect(mail?.html || "").toContain(invitationLink);
  });

  it("lets the evaluator create their account from the emailed link and land in the workspace", async () => {
    evaluatorContext = await newContext(browser(), { baseUrl: server.baseUrl });
    evaluatorPage = await evaluatorContext.newPage();
    await evaluatorPage.goto(invitationLink);
    await evaluatorPage.getByRole("heading", { name: "Join Olive's Hiring" }).waitFor();
    await screenshotBothWidths(evaluatorPage, "team-flow-07-invitation");
    await evaluatorPage.getByLabel("Your name", { exact: true }).fill(evaluator.name);
    await evaluatorPage.getByLabel("Password", { exact: true }).fill(evaluator.password);
    await evaluatorPage.getByLabel("Password again", { exact: true }).fill(evaluator.password);
    await clickEnabled(evaluatorPage, "Create the account and join");
    await evaluatorPage.waitForURL("**/dashboard");
    await evaluatorPage.getByRole("heading", { level: 1, name: "Olive's Hiring" }).waitFor();
    await screenshotBothWidths(evaluatorPage, "team-flow-08-evaluator-dashboard");
  });

  it("lets the owner assign the evaluator to position P on its page", async () => {
    await ownerPage.goto(`/positions/${positionP}`);
    await ownerPage.getByRole("heading", { name: "Evaluators" }).waitFor();
    await ownerPage.getByRole("checkbox", { name: new RegExp(evaluator.name) }).check();
    await clickEnabled(ownerPage, "Save evaluators");
    await ownerPage.getByText("Saved.", { exact: true }).waitFor();
    await ownerPage.reload();
    await expect(
      ownerPage.getByRole("checkbox", { name: new RegExp(evaluator.name) }).isChecked(),
    ).resolves.toBe(true);
    await screenshotBothWidths(ownerPage, "team-flow-09-position-evaluators");
  });

  it("shows the evaluator P's report and nothing else: 404 pages for Q's interview and the members settings, 403 from the workspace API", async () => {
    const page = evaluatorPage;
    const report = await page.goto(`/interviews/${interviewP.id}/report`);
    expect(report?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Report: Pat Platform" }).waitFor();
    await page.getByText("Overall score:").waitFor();
    await screenshotBothWidths(page, "team-flow-10-evaluator-reads-report");

    for (const refused of [
      `/interviews/${interviewQ.id}`,
      `/interviews/${interviewQ.id}/report`,
      "/settings/members",
    ]) {
      const response = await page.goto(refused);
      expect(response?.status(), refused).toBe(404);
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    }
    await screenshotBothWidths(page, "team-flow-11-evaluator-404");

    const statuses = await page.evaluate(
      async (positionIds) => {
        const session = await fetch("/api/auth/get-session").then((r) => r.json());
        const companyId = (session as { session: { activeOrganizationId: string } }).session
          .activeOrganizationId;
        const rename = await fetch(`/api/companies/${companyId}`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name: "Taken over" }),
        });
        const other = await fetch(`/api/interviews/${positionIds.q}`);
        return { rename: rename.status, otherInterview: other.status };
      },
      { q: interviewQ.id },
    );
    expect(statuses).toEqual({ rename: 403, otherInterview: 404 });
  });

  it("lists only P's interview to the evaluator, and refuses them the hiring decision", async () => {
    const page = evaluatorPage;
    await page.goto("/interviews");
    const table = page.getByRole("main").getByRole("table");
    await table.getByRole("link", { name: "Pat Platform" }).waitFor();
    expect(await table.getByText("Quinn Design").count()).toBe(0);
    await screenshotBothWidths(page, "team-flow-12-evaluator-interviews");
    // The pages offer an evaluator only what their role allows: no invite, no answer bank, no
    // editing the position, no decision form (the API refuses each of them anyway).
    const nav = page.getByRole("navigation").first();
    expect(await nav.getByRole("link", { name: "Answer bank" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Invite a candidate" }).count()).toBe(0);
    await page.goto(`/positions/${positionP}`);
    await page.getByRole("heading", { name: "About this position" }).waitFor();
    expect(await page.getByRole("button", { name: "Save changes" }).count()).toBe(0);
    await page.goto(`/interviews/${interviewP.id}/report`);
    await page.getByText("the hiring decision is made by the hiring team").waitFor();
    expect(await page.getByRole("button", { name: /decision/i }).count()).toBe(0);

    // Reading and reviewing is theirs; the decision belongs to owners, admins and recruiters.
    const decision = await page.evaluate(
      async (id) =>
        (
          await fetch(`/api/interviews/${id}/decision`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ decision: "advance" }),
          })
        ).status,
      interviewP.id,
    );
    expect(decision).toBe(403);
    await ownerPage.goto(`/interviews/${interviewP.id}/report`);
    await ownerPage.getByText("Decision: none yet").waitFor();
  });

  it("refuses the evaluator on their next page load and API call once the owner removes them", async () => {
    const page = evaluatorPage;
    const readReport = () =>
      page.evaluate(
        async (id) => (await fetch(`/api/interviews/${id}/report`)).status,
        interviewP.id,
      );
    // Up to the removal the report is theirs, so the refusals below are the removal's doing.
    expect(await readReport()).toBe(200);

    await ownerPage.goto("/settings/members");
    const row = ownerPage.getByRole("listitem").filter({ hasText: evaluator.email });
    await row.getByRole("button", { name: `Remove ${evaluator.name}` }).click();
    await row.waitFor({ state: "detached" });
    await screenshotBothWidths(ownerPage, "team-flow-13-member-removed");

    // Their very next request, a page load of the report they just read, is refused.
    const refused = await page.goto(`/interviews/${interviewP.id}/report`);
    expect(refused?.status()).toBe(404);
    expect(await readReport()).toBe(403);
    await page.goto("/dashboard");
    await page.getByText("This account is not a member of a workspace.").waitFor();
    await screenshotBothWidths(page, "team-flow-14-evaluator-removed");
  });
});
