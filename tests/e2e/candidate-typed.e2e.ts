// The candidate's whole interview in Chromium on the embedded default (no Deepgram, no LiveKit,
// offline AI): the seeded invite, answered by typing, ends on the report.
import { describe, expect, it } from "vitest";
import { demoTypedAnswers } from "@/db/seed-data/demo-answers";
import { newContext } from "./support/browser";
import { getE2eContext, requireSeed, useBrowser } from "./support/e2e-context";
import { saveScreenshot } from "./support/screenshots";

const e2e = getE2eContext();

describe.skipIf(e2e.isSkipped)("candidate interview with typed answers", () => {
  const { browser } = useBrowser();

  it("takes the seeded invite from consent to the report", async () => {
    const seed = requireSeed();
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(`/interview/${seed.inviteToken}`);

    await page.getByRole("heading", { name: "Before you start" }).waitFor();
    expect(await page.getByText("Speech-to-text is off for this interview").isVisible()).toBe(true);
    await saveScreenshot(page, "candidate-typed-01-consent");
    const proceed = page.getByRole("button", { name: "Continue" });
    expect(await proceed.isDisabled()).toBe(true);
    await page.getByLabel("I understand and agree").check();
    await proceed.click();

    await page.getByTestId("stt-off").waitFor();
    await saveScreenshot(page, "candidate-typed-02-start");
    await page.getByRole("button", { name: "Start the interview" }).click();

    // The first two uploads of an answer fail: the page keeps it and retries until it is stored.
    let refusedUploads = 0;
    await page.route("**/api/interviews/*/transcripts", async (route) => {
      if (route.request().method() === "POST" && refusedUploads < 2) {
        refusedUploads += 1;
        await route.fulfill({
          status: 503,
          json: { error: { code: "service_unavailable", message: "down" } },
        });
        return;
      }
      await route.fallback();
    });

    const total = demoTypedAnswers.length;
    for (const [index, answer] of demoTypedAnswers.entries()) {
      await page.getByText(`Question ${index + 1} of ${total}`).waitFor();
      await page.getByLabel("Your answer").fill(answer);
      if (index === 0) await saveScreenshot(page, "candidate-typed-03-question");
      const isLast = index === total - 1;
      await page.getByRole("button", { name: isLast ? "Finish" : "Next question" }).click();
      if (index === 1) {
        // A reload mid-interview resumes at the open question, with what was saved kept.
        await page.getByText(`Question 3 of ${total}`).waitFor();
        await page.reload();
        await page.getByRole("heading", { name: "Welcome back" }).waitFor();
        expect(await page.getByText("You will continue at question 3.").isVisible()).toBe(true);
        await saveScreenshot(page, "candidate-typed-04-resume");
        await page.getByRole("button", { name: "Resume the interview" }).click();
      }
    }
    expect(refusedUploads).toBe(2);

    // The evaluation runs in-process after the response; the page follows it to the report.
    const report = page.getByTestId("candidate-report");
    await page
      .getByRole("heading", { name: "Evaluating your interview" })
      .waitFor({ timeout: 5_000 })
      .then(() => saveScreenshot(page, "candidate-typed-05-evaluating"))
      .catch(() => {});
    await report.waitFor({ timeout: 30_000 });
    expect(await page.getByText("offline heuristic scorer").isVisible()).toBe(true);
    // The demo company shares feedback (the default): strengths and improvements, no score and
    // no recommendation.
    expect(await report.getAttribute("data-level")).toBe("feedback");
    expect(await report.getByRole("heading", { name: "Strengths" }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId("overall-score").count()).toBe(0);
    expect(await report.getByText("Recommendation").count()).toBe(0);
    await saveScreenshot(page, "candidate-typed-06-report");

    // What the browser saved is the typed text, one answer per question, in order.
    const saved = await fetch(`${e2e.baseUrl}/api/interviews/${seed.interviewId}/transcripts`, {
      headers: { authorization: `Bearer ${seed.apiToken}` },
    }).then((response) => response.json() as Promise<{ segments: { text: string }[] }>);
    expect(saved.segments.map((segment) => segment.text)).toEqual([...demoTypedAnswers]);

    // A reload of a finished interview shows the report again.
    await page.reload();
    await report.waitFor({ timeout: 10_000 });
    await context.close();
  });
});
