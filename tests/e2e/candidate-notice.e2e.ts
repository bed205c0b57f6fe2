// The AI notice before consent: the candidate asks for more time and no AI scoring, is told the
// request was sent; the recruiter grants 2× through the API; after a reload the countdown is twice
// the position's time per answer.
import { describe, expect, it } from "vitest";
import { newContext } from "./support/browser";
import { getE2eContext, requireSeed, useBrowser } from "./support/e2e-context";
import { inviteThroughApi } from "./support/invite-through-api";
import { saveScreenshot } from "./support/screenshots";

const e2e = getE2eContext();

describe.skipIf(e2e.isSkipped)("the AI notice and an accommodation", () => {
  const { browser } = useBrowser();

  it("sends the choices with the notice, and a 2× grant doubles the countdown", async () => {
    const seed = requireSeed();
    const positionId = seed.positionIds[0] ?? "";
    const invited = await inviteThroughApi({
      positionId,
      candidateName: "Nora Notice",
      candidateEmail: `nora-${Date.now()}@example.com`,
      questionCount: 2,
    });
    expect(invited.status).toBe(201);
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(invited.path);

    await page.getByRole("heading", { name: "How AI is used in this interview" }).waitFor();
    await page.getByLabel("Ask that no AI score my answers").check();
    await page.getByLabel("Ask for an accommodation").check();
    await page.getByLabel("More time per answer").check();
    await page.getByLabel("Anything we should know").fill("I read slowly.");
    await page.getByLabel("I understand and agree").check();
    await saveScreenshot(page, "candidate-notice-01-choices");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("Your request for an accommodation was sent").waitFor();

    const headers = {
      authorization: `Bearer ${seed.apiToken}`,
      "content-type": "application/json",
    };
    const granted = await fetch(`${e2e.baseUrl}/api/interviews/${invited.id}/accommodation`, {
      method: "POST",
      headers,
      body: JSON.stringify({ kinds: ["more_time"], answerTimeMultiplier: 2, note: "" }),
    });
    expect(granted.status).toBe(200);
    const interview = (await (
      await fetch(`${e2e.baseUrl}/api/interviews/${invited.id}`, { headers })
    ).json()) as { aiScoring: boolean; accommodationRequest: { note: string } | null };
    expect(interview.aiScoring).toBe(false);
    expect(interview.accommodationRequest?.note).toBe("I read slowly.");
    const position = (await (
      await fetch(`${e2e.baseUrl}/api/positions/${positionId}`, { headers })
    ).json()) as { position?: { answerSeconds: number }; answerSeconds?: number };
    const base = position.position?.answerSeconds ?? position.answerSeconds ?? 0;

    await page.reload();
    await page.getByText("granted an accommodation").waitFor();
    expect(await page.getByLabel("Ask that no AI score my answers").isChecked()).toBe(true);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();
    const clock = page.getByTestId("time-left");
    await clock.waitFor();
    const seconds = base * 2;
    const expected = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    const text = (await clock.textContent()) ?? "";
    // The clock may have ticked once since the question opened.
    const shown = text.match(/(\d+):(\d\d)/);
    const shownSeconds = Number(shown?.[1]) * 60 + Number(shown?.[2]);
    expect(shownSeconds, `${text} vs ${expected}`).toBeGreaterThan(seconds - 5);
    expect(shownSeconds).toBeLessThanOrEqual(seconds);
    await saveScreenshot(page, "candidate-notice-02-longer-countdown");
    await context.close();
  });
});
