// Paced answers on the embedded default: a position gives 60 s per answer. The page's clock is
// Playwright's (it reads Date.now and setInterval), so the test jumps through the minute: the
// warning comes at 30 s left, and at zero the typed text is saved unsent and the page moves on.
// A reload continues the countdown instead of restarting it.
import { describe, expect, it } from "vitest";
import { newContext } from "./support/browser";
import { getE2eContext, requireSeed, useBrowser } from "./support/e2e-context";
import { inviteThroughApi } from "./support/invite-through-api";
import { saveScreenshot } from "./support/screenshots";

const e2e = getE2eContext();
const typedNotSaved =
  "I split the migration into three steps and ran each behind a feature flag. I rolled the first step to 5% of traffic, watched the error rate in Grafana for a day, and we finished with zero downtime.";

/** A position of the seeded company with 60 s per answer and no follow-ups. */
async function createPacedPosition(): Promise<string> {
  const response = await fetch(`${e2e.baseUrl}/api/positions`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${requireSeed().apiToken}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      title: "Site Reliability Engineer",
      competencies: ["incident-response", "system-design"],
      answerSeconds: 60,
      followUpsPerQuestion: 0,
    }),
  });
  expect(response.status).toBe(201);
  const position = (await response.json()) as { id: string; answerSeconds: number };
  expect(position.answerSeconds).toBe(60);
  return position.id;
}

describe.skipIf(e2e.isSkipped)("paced answers", () => {
  const { browser } = useBrowser();

  it("counts each answer down, warns at 30 s, and at zero saves the typed text and moves on", async () => {
    const seed = requireSeed();
    const invite = await inviteThroughApi({
      positionId: await createPacedPosition(),
      candidateName: "Tim Keeper",
      candidateEmail: "tim.keeper@example.com",
      questionCount: 2,
    });
    expect(invite.status).toBe(201);
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(invite.path);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();

    await page.getByText("Question 1 of 2").waitFor();
    const timer = page.getByRole("timer", { name: "Time left" });
    const notice = page.getByTestId("time-notice");
    expect(await timer.textContent()).toMatch(/^(1:00|0:59) left$/);
    // The live region is there before the warning, so its arrival is announced.
    expect(await notice.getAttribute("role")).toBe("status");
    expect(await notice.textContent()).toBe("");

    await page.getByLabel("Your answer").fill(typedNotSaved);
    await page.clock.fastForward("00:31");
    await page.getByText("30 seconds left for this answer.").waitFor();
    expect(await timer.textContent()).toMatch(/^0:(2\d|1\d) left$/);
    await saveScreenshot(page, "candidate-pacing-01-warning");

    // Time is up: the text in the box is saved without pressing Save, and question 2 opens.
    await page.clock.fastForward("00:30");
    await page.getByText("Question 2 of 2").waitFor();
    expect(await timer.textContent()).toMatch(/^(1:00|0:59) left$/);
    expect(await notice.textContent()).toBe("");
    const saved = (await fetch(`${e2e.baseUrl}/api/interviews/${invite.id}/transcripts`, {
      headers: { authorization: `Bearer ${seed.apiToken}` },
    }).then((response) => response.json())) as { segments: { text: string }[] };
    expect(saved.segments.map((segment) => segment.text)).toEqual([typedNotSaved]);

    // 40 s into question 2 the page reloads: the countdown goes on from 0:20, not from 1:00.
    await page.clock.fastForward("00:40");
    await page.reload();
    await page.getByRole("button", { name: "Resume the interview" }).click();
    await page.getByText("Question 2 of 2").waitFor();
    const afterReload = (await timer.textContent()) ?? "";
    expect(afterReload).toMatch(/^0:(1\d|20) left$/);
    await page.getByText("30 seconds left for this answer.").waitFor();
    await context.close();
  });
});
