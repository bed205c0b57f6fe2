// Adverse-impact monitoring in Chromium against `next start` with the demo seed: the owner finds
// the report in the navigation, the seeded position shows its one ratio under four-fifths, the
// CSV link downloads the auditor's file, and a candidate answers the optional self-identification
// after their interview, which reaches their own export only.
import { describe, expect, it } from "vitest";
import { seriousFindings } from "./support/axe-findings";
import { newContext } from "./support/browser";
import {
  getE2eContext,
  openSignedInPage,
  requireSeed,
  screenshotBothWidths,
  useBrowser,
} from "./support/e2e-context";
import { callApi, takeTypedInterviewThroughApi } from "./support/typed-interview-through-api";

const e2e = getE2eContext();
const fourFifths = "below four-fifths (80 %) of the highest rate";

describe.skipIf(e2e.isSkipped)("adverse impact in Chromium", () => {
  const { browser } = useBrowser();

  it("shows the seeded position's one ratio under four-fifths, too few categories, and the auditor's CSV", async () => {
    const seed = requireSeed() as ReturnType<typeof requireSeed> & {
      adverseImpactPositionId?: string;
    };
    const positionId = seed.adverseImpactPositionId ?? "";
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto("/dashboard");
    await page.getByRole("navigation").getByRole("link", { name: "Adverse impact" }).click();
    await page.getByRole("heading", { level: 1, name: "Adverse impact" }).waitFor();
    await page.getByText("must commission the independent bias audit").waitFor();
    const femaleDecisions = page
      .locator("table", { has: page.getByText("By sex", { exact: true }) })
      .first()
      .locator("tr[data-below-four-fifths]");
    expect(await femaleDecisions.getByRole("rowheader").textContent()).toBe("Female");
    await screenshotBothWidths(page, "adverse-impact-workspace");

    await page.goto(`/positions/${positionId}`);
    await page.getByRole("link", { name: "Adverse impact" }).last().click();
    await page.waitForURL(`**/positions/${positionId}/adverse-impact`);
    const highlighted = page.locator("tr[data-below-four-fifths]");
    expect(await highlighted.count()).toBe(1);
    expect(await highlighted.textContent()).toContain("Female1030.3000.600");
    expect(await highlighted.textContent()).toContain(fourFifths);
    // Every intersection of the demo has fewer than 5 people.
    expect(await page.getByText("too few", { exact: true }).count()).toBeGreaterThanOrEqual(28);
    expect(await seriousFindings(page)).toEqual([]);
    await screenshotBothWidths(page, "adverse-impact-position");

    const href = await page
      .getByRole("link", { name: "Download CSV for an auditor" })
      .getAttribute("href");
    const csv = await page.request.get(href ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toMatch(
      /^attachment; filename="adverse-impact-position-/,
    );
    expect(await csv.text()).toContain(`Female,10,3,0.300,0.600,${fourFifths}`);

    // A bad range is said on the page, which falls back to the last 12 months.
    await page.goto(`/positions/${positionId}/adverse-impact?from=2026-05-02&to=2026-05-01`);
    await page.getByRole("alert").filter({ hasText: "from is after to." }).waitFor();
    await context.close();
  });

  it("lets a candidate answer the optional self-identification after the interview, into their own export only", async () => {
    const seed = requireSeed();
    const { base, inviteToken, completedStatus } = await takeTypedInterviewThroughApi({
      positionId: seed.positionIds[0] ?? "",
      candidateName: "Sasha Selfid",
      candidateEmail: "sasha.selfid@example.com",
      answer:
        "I measured the queue first, then split the batch, so the backlog cleared in an hour.",
    });
    expect(completedStatus).toBe(200);

    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(`/interview/${inviteToken}`);
    const form = page.getByRole("region", {
      name: "Optional: help us check that our hiring is fair",
    });
    await form.waitFor();
    await form.getByText("never see them").waitFor();
    const sexOptions = form.getByRole("group", { name: "Sex" }).getByRole("radio");
    expect(await sexOptions.first().getAttribute("value")).toBe("decline");
    const raceGroup = form.getByRole("group", { name: "Race/ethnicity" });
    expect(await raceGroup.getByRole("radio").first().getAttribute("value")).toBe("decline");
    await screenshotBothWidths(page, "self-identification-form");
    await form.getByRole("group", { name: "Sex" }).getByLabel("Decline to answer").check();
    await raceGroup.getByLabel("Asian").check();
    await form.getByRole("button", { name: "Send" }).click();
    await page.getByRole("status").filter({ hasText: "Thank you." }).waitFor();
    await context.close();

    const own = await callApi<{ selfIdentification: unknown }>(`${base}/export`, inviteToken);
    expect(own.body.selfIdentification).toEqual({ sex: "decline", raceEthnicity: "asian" });
    const company = await callApi<Record<string, unknown>>(`${base}/export`, seed.apiToken);
    expect(company.body).not.toHaveProperty("selfIdentification");
    expect(JSON.stringify(company.body)).not.toContain("asian");
  });
});
