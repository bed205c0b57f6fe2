// A recruiter reviews what the AI scored, in Chromium against `next start` with the demo seed:
// the offline reports ask for a human, an override shows as human with its audit row, and the
// candidate's report (the default level) carries no recommendation.
import fs from "node:fs/promises";
import { describe, expect, it } from "vitest";
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
const shotsDir = "/tmp/shots";

/** A seeded evaluated interview (the seed took it through the offline pipeline). */
async function findSeededReport(): Promise<{ id: string; candidateName: string }> {
  const seed = requireSeed();
  const { body } = await callApi<{ interviews: { id: string; candidateName: string }[] }>(
    `/api/interviews?status=evaluated&positionId=${seed.positionIds[0]}`,
    seed.apiToken,
  );
  const seeded = new Set(seed.evaluatedInterviews?.map((interview) => interview.id));
  const found = body.interviews.find((interview) => seeded.size === 0 || seeded.has(interview.id));
  if (!found) throw new Error("The seed has no evaluated interview.");
  return found;
}

describe.skipIf(e2e.isSkipped)("recruiter review in Chromium", () => {
  const { browser } = useBrowser();

  it("overrides an answer score with a reason and shows it as human, with its audit row", async () => {
    const seed = requireSeed();
    const target = await findSeededReport();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto("/dashboard");
    expect(await page.getByText("Needs review").count()).toBeGreaterThan(0);

    await page.goto(`/interviews/${target.id}/report`);
    await page.getByRole("heading", { name: `Report: ${target.candidateName}` }).waitFor();
    // The offline heuristic gives no hire band: the badge and the notice ask for a person.
    await page.getByRole("heading", { name: "Needs human review" }).waitFor();
    expect(await page.getByText("Needs human review").count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByText(/Rubric versions?:/).isVisible()).toBe(true);

    const override = page.locator("details", { hasText: "Override the score of Question 1" });
    await override.locator("summary").click();
    await override.getByLabel("Score (0–100)").fill("97");
    const reason = "E2E: the answer weighed the trade-offs clearly.";
    await override.getByLabel(/Reason/).fill(reason);
    await override.getByRole("button", { name: "Save human score" }).click();

    // After the refresh: the human value marked beside the AI's, and the audit row.
    await page.getByText("Change the human score of Question 1").waitFor();
    const answer = page.locator("section[aria-labelledby='question-1']");
    expect(await answer.getByText("human", { exact: true }).isVisible()).toBe(true);
    expect(await answer.getByText("97", { exact: true }).first().isVisible()).toBe(true);
    const audit = page.getByRole("list", { name: "Audit trail" });
    const row = audit.locator("li", { hasText: "overrode the score of Question 1" }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("Riley Recruiter");
    expect(text).toMatch(/\d+ \(AI\)\s*→\s*to\s*97 \(human\)/);
    expect(text).toContain(reason);
    expect(text).toMatch(/UTC/);

    await page.getByRole("radio", { name: "Hold" }).check();
    await page.getByLabel("Note", { exact: true }).fill("Waiting for the panel.");
    await page.getByRole("button", { name: "Save decision" }).click();
    await audit.locator("li", { hasText: "set the decision" }).first().waitFor();

    await screenshotBothWidths(page, "review-01-report");
    await fs.mkdir(shotsDir, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${shotsDir}/report-review.png`, fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shotsDir}/report-top.png` });
    await page.getByRole("heading", { name: "Scores by competency" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shotsDir}/report-competencies.png` });
    await page.getByRole("heading", { name: "Human review", exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shotsDir}/report-review-panel.png` });
    await answer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shotsDir}/report-answer-override.png` });

    // The API says the same, marked as human.
    const review = await callApi<{ overrides: { target: string; score: number }[] }>(
      `/api/interviews/${target.id}/review`,
      seed.apiToken,
    );
    expect(review.body.overrides.map((row) => row.score)).toContain(97);
    await context.close();
  });

  it("shows the candidate feedback without a recommendation by default", async () => {
    const seed = requireSeed();
    const { base, inviteToken } = await takeTypedInterviewThroughApi({
      positionId: seed.positionIds[0] ?? "",
      candidateName: "Fern Feedback",
      candidateEmail: "fern.feedback@example.com",
      answer:
        "First I measured the p99 latency, then I added a cache, so it fell to 80 ms because reads dominated.",
    });
    let report = await callApi<Record<string, unknown>>(`${base}/report`, inviteToken);
    for (let attempt = 0; attempt < 60 && report.status === 404; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      report = await callApi<Record<string, unknown>>(`${base}/report`, inviteToken);
    }
    expect(report.status).toBe(200);
    expect(report.body.level).toBe("feedback");
    const raw = JSON.stringify(report.body);
    for (const field of ["recommendation", "overallScore", "competencyScores", "score"]) {
      expect(raw).not.toContain(`"${field}"`);
    }

    // The candidate's own page, in a context without the recruiter's session.
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const candidate = await context.newPage();
    await candidate.goto(`/interview/${inviteToken}`);
    const shown = candidate.getByTestId("candidate-report");
    await shown.waitFor({ timeout: 30_000 });
    expect(await shown.getAttribute("data-level")).toBe("feedback");
    expect(await candidate.getByText("Recommendation").count()).toBe(0);
    expect(await candidate.getByTestId("overall-score").count()).toBe(0);
    await candidate.screenshot({ path: `${shotsDir}/candidate-feedback.png`, fullPage: true });
    await context.close();
  });
});
