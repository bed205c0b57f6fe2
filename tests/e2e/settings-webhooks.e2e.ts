// /settings/webhooks in Chromium: an owner adds an endpoint that points at a receiver this file
// runs on 127.0.0.1 (the server runs with WEBHOOKS_ALLOW_LOCAL=1), sees its secret once, watches a
// signed delivery arrive in the log after an interview is created, resends it, rotates the secret
// (both signatures verify), disables and deletes it; a recruiter gets 404. Axe on each state.
import type { Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousFindings } from "./support/axe-findings";
import { newContext } from "./support/browser";
import {
  getE2eContext,
  openSignedInPage,
  requireSeed,
  screenshotBothWidths,
  useBrowser,
} from "./support/e2e-context";
import { inviteThroughApi } from "./support/invite-through-api";
import { signInContext } from "./support/sign-in";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const e2e = getE2eContext();

async function expectAccessible(page: Page, name: string) {
  expect(await seriousFindings(page)).toEqual([]);
  await screenshotBothWidths(page, name);
}

/** The page's own announcements: Next's route announcer is an alert too, outside <main>. */
function inMain(page: Page, role: "alert" | "status") {
  return page.getByRole("main").getByRole(role);
}

/** Clicks once React has hydrated: buttons rendered disabled until then would swallow the click. */
async function clickEnabled(page: Page, name: string | RegExp) {
  await page.getByRole("button", { name, exact: true }).and(page.locator(":enabled")).click();
}

describe.skipIf(e2e.isSkipped)("webhook settings in Chromium", () => {
  const { browser } = useBrowser();
  let owner: Awaited<ReturnType<typeof openSignedInPage>>;
  let receiver: WebhookReceiver;
  let endpointUrl = "";
  let secret = "";

  beforeAll(async () => {
    if (e2e.isSkipped) return;
    receiver = await startWebhookReceiver();
    endpointUrl = `${receiver.url}/hooks/interviews`;
    owner = await openSignedInPage(browser(), requireSeed().recruiter);
    // Rotate and delete ask for confirmation; a person would confirm.
    owner.page.on("dialog", (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await owner?.context.close();
    await receiver?.stop();
  });

  it("adds an endpoint for chosen events and shows its signing secret once", async () => {
    const { page } = owner;
    await page.goto("/settings/workspace");
    await page
      .getByRole("navigation", { name: "Settings" })
      .getByRole("link", { name: "Webhooks" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Webhooks" }).waitFor();
    await page.getByRole("heading", { name: /^Endpoints \(\d+\)$/ }).waitFor();
    await expectAccessible(page, "settings-webhooks-01-empty");

    await page.getByLabel("Endpoint URL").fill(endpointUrl);
    await page.getByLabel("Description (optional)").fill("Browser test receiver");
    // All events start chosen; none chosen cannot be sent.
    await page.getByLabel("All events").uncheck();
    await page.getByText("Choose at least one event.").waitFor();
    expect(await page.getByRole("button", { name: "Add endpoint" }).isDisabled()).toBe(true);
    await page.getByLabel("All events").check();
    await clickEnabled(page, "Add endpoint");

    const notice = inMain(page, "status").filter({ hasText: "it will not be shown again" });
    await notice.waitFor();
    secret = await notice.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    const item = page.getByRole("listitem").filter({ hasText: endpointUrl });
    await item.getByText("Active", { exact: true }).waitFor();
    await expectAccessible(page, "settings-webhooks-02-secret-once");

    await page.reload();
    await item.getByText("Active", { exact: true }).waitFor();
    expect(await page.content()).not.toContain(secret);
  });

  it("logs a signed delivery after an interview is created, and resends it", async () => {
    const { page } = owner;
    const seed = requireSeed();
    const invited = await inviteThroughApi({
      positionId: seed.positionIds[0] ?? "",
      candidateName: "Wendy Webhook",
      candidateEmail: "wendy.webhook@example.com",
      questionCount: 3,
    });
    expect(invited.status).toBe(201);

    const delivery = await receiver.waitFor(
      (request) =>
        request.json.type === "interview.invited" && request.json.data?.interviewId === invited.id,
    );
    expect(new Webhook(secret).verify(delivery.rawBody, delivery.headers)).toMatchObject({
      type: "interview.invited",
      data: { interviewId: invited.id, positionId: seed.positionIds[0] },
    });
    // Ids only: the candidate's name and address never leave by webhook.
    expect(delivery.rawBody).not.toContain("wendy.webhook@example.com");
    expect(delivery.rawBody).not.toContain("Wendy Webhook");

    await page.goto("/settings/webhooks");
    const item = page.getByRole("listitem").filter({ hasText: endpointUrl });
    await item.getByRole("button", { name: `Show deliveries to ${endpointUrl}` }).click();
    const log = item.getByRole("region", { name: `Deliveries to ${endpointUrl}` });
    const row = log.getByRole("row").filter({ hasText: "interview.invited" }).first();
    await row.getByText("succeeded").waitFor();
    await expect(row.getByRole("cell").nth(4).textContent()).resolves.toBe("200");
    await expectAccessible(page, "settings-webhooks-03-delivery-log");

    const before = receiver.requests.length;
    await row.getByRole("button", { name: /^Resend interview\.invited/ }).click();
    await item
      .getByRole("status")
      .filter({ hasText: "interview.invited queued to be sent again." })
      .waitFor();
    const resent = await receiver.waitFor((request) => request.json.type === "interview.invited", {
      after: before,
    });
    // A resend is the same message: receivers drop repeats by webhook-id.
    expect(resent.headers["webhook-id"]).toBe(delivery.headers["webhook-id"]);
    expect(new Webhook(secret).verify(resent.rawBody, resent.headers)).toBeTruthy();
  });

  it("rotates the secret: the old one keeps verifying beside the new one", async () => {
    const { page } = owner;
    await page.goto("/settings/webhooks");
    const item = page.getByRole("listitem").filter({ hasText: endpointUrl });
    await item.getByRole("button", { name: `Rotate secret of ${endpointUrl}` }).click();
    const notice = item
      .getByRole("status")
      .filter({ hasText: "The old secret keeps working until" });
    await notice.waitFor();
    const newSecret = await notice.getByLabel("Signing secret").inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await expectAccessible(page, "settings-webhooks-04-rotated");

    const before = receiver.requests.length;
    await inviteThroughApi({
      positionId: requireSeed().positionIds[0] ?? "",
      candidateName: "Rory Rotation",
      candidateEmail: "rory.rotation@example.com",
      questionCount: 3,
    });
    const delivery = await receiver.waitFor(
      (request) => request.json.type === "interview.invited",
      {
        after: before,
      },
    );
    expect(delivery.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(new Webhook(secret).verify(delivery.rawBody, delivery.headers)).toBeTruthy();
    expect(new Webhook(newSecret).verify(delivery.rawBody, delivery.headers)).toBeTruthy();
  });

  it("disables, enables and deletes the endpoint", async () => {
    const { page } = owner;
    await page.goto("/settings/webhooks");
    const item = page.getByRole("listitem").filter({ hasText: endpointUrl });
    await item.getByRole("button", { name: `Disable ${endpointUrl}` }).click();
    await item.getByText(/^Disabled since/).waitFor();
    await expectAccessible(page, "settings-webhooks-05-disabled");
    await item.getByRole("button", { name: `Enable ${endpointUrl}` }).click();
    await item.getByText("Active", { exact: true }).waitFor();

    await item.getByRole("button", { name: `Delete ${endpointUrl}` }).click();
    await inMain(page, "status")
      .filter({ hasText: `Endpoint ${endpointUrl} deleted.` })
      .waitFor();
    expect(await page.getByRole("listitem").filter({ hasText: endpointUrl }).count()).toBe(0);
  });

  it("answers 404 to a recruiter and gives them no webhooks tab", async () => {
    const person = { email: "rae.recruiter@example.com", password: "rae-recruiter-password-1" };
    const invited = await owner.context.request.post(
      `${e2e.baseUrl}/api/auth/organization/invite-member`,
      { data: { email: person.email, role: "recruiter" }, headers: { origin: e2e.baseUrl } },
    );
    expect(invited.status(), await invited.text()).toBe(200);
    const { id: invitationId } = (await invited.json()) as { id: string };
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const accepted = await context.request.post(
      `${e2e.baseUrl}/api/invitations/${invitationId}/accept`,
      {
        data: { name: "Rae Recruiter", password: person.password },
        headers: { origin: e2e.baseUrl },
      },
    );
    expect(accepted.status(), await accepted.text()).toBe(201);
    await signInContext(context, { ...person, baseUrl: e2e.baseUrl });
    const page = await context.newPage();

    expect((await page.goto("/settings/webhooks"))?.status()).toBe(404);
    const listed = await context.request.get(`${e2e.baseUrl}/api/webhook-endpoints`);
    expect([403, 404]).toContain(listed.status());
    await page.goto("/settings/security");
    const tabs = page.getByRole("navigation", { name: "Settings" }).getByRole("link");
    await tabs.filter({ hasText: "Security" }).waitFor();
    expect(await tabs.allTextContents()).not.toContain("Webhooks");
    await context.close();
  });
});
