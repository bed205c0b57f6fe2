// Issue 22's human alternative in Chromium against `next start`: the candidate asks on the notice
// screen that no AI score them and for more time per answer; the recruiter grants 2× on the
// interview page; the candidate's countdown doubles; the report opens as a human scorecard with no
// AI score on the page, in the report API, in the export or in the report webhooks; the recruiter
// scores every criterion and sees the computed overall.
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
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const e2e = getE2eContext();

/** Keys that carry an AI's judgement: none may appear anywhere in what the company reads. */
const aiScoreKeys = [
  "overallScore",
  "score",
  "recommendation",
  "competencyScores",
  "summary",
  "rubricScores",
  "evaluations",
  "report",
];

function collectKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      collectKeys(inner, keys);
    }
  }
  return keys;
}

const aiKeysIn = (value: unknown) => {
  const keys = collectKeys(value);
  return aiScoreKeys.filter((key) => keys.has(key));
};

async function api<T>(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${e2e.baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${requireSeed().apiToken}`,
      "content-type": "application/json",
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Every typed answer holds this phrase, so it is a quote from each competency's answers. */
const sharedPhrase = "I measured the p99 latency first";
const typedAnswer = (index: number) =>
  `${sharedPhrase}, then I added a cache in front of the catalogue, so answer ${index + 1} went from 900 ms to 80 ms because reads dominated.`;

describe.skipIf(e2e.isSkipped)("a human alternative to AI scoring in Chromium", () => {
  const { browser } = useBrowser();
  let receiver: WebhookReceiver;
  let endpointId = "";

  beforeAll(async () => {
    if (e2e.isSkipped) return;
    receiver = await startWebhookReceiver();
    const created = await api<{ id: string }>("/api/webhook-endpoints", {
      method: "POST",
      body: {
        url: `${receiver.url}/hooks/human-alternative`,
        events: ["report.ready", "report.needs_review"],
      },
    });
    expect(created.status).toBe(201);
    endpointId = created.body.id;
  });
  afterAll(async () => {
    // The webhook settings test starts from an empty endpoint list.
    if (endpointId) await api(`/api/webhook-endpoints/${endpointId}`, { method: "DELETE" });
    await receiver?.stop();
  });

  it("opts out and gets extra time, and the report is a human scorecard with no AI score anywhere", async () => {
    const seed = requireSeed();
    const invited = await inviteThroughApi({
      positionId: seed.positionIds[0] ?? "",
      candidateName: "Harper Human",
      candidateEmail: "harper.human@example.com",
      questionCount: 2,
    });
    expect(invited.status).toBe(201);
    const interviewId = invited.id;

    // The candidate's choices on the notice screen.
    const candidateContext = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const candidate = await candidateContext.newPage();
    await candidate.goto(invited.path);
    await candidate.getByRole("heading", { name: "Before you start" }).waitFor();
    await candidate.getByLabel("Ask that no AI score my answers").check();
    await candidate.getByLabel("Ask for an accommodation").check();
    await candidate.getByLabel("More time per answer").check();
    await candidate.getByLabel("I understand and agree").check();
    await screenshotBothWidths(candidate, "human-alternative-01-notice");
    await candidate.getByRole("button", { name: "Continue" }).click();
    await candidate.getByText(/Your request for an accommodation was sent/).waitFor();

    // The recruiter grants twice the time per answer on the interview page.
    const recruiter = await openSignedInPage(browser(), seed.recruiter);
    const page = recruiter.page;
    await page.goto(`/interviews/${interviewId}`);
    const section = page.getByRole("region", { name: "Accommodations" });
    await section.waitFor();
    await section.getByLabel("Time per answer", { exact: true }).selectOption({ label: "2×" });
    await section.getByRole("button", { name: "Grant accommodation" }).click();
    await section.getByRole("status").waitFor();
    await screenshotBothWidths(page, "human-alternative-02-grant");

    // The candidate comes back, starts, and the countdown is 2 × 180 s.
    await candidate.reload();
    await candidate.getByRole("heading", { name: "Before you start" }).waitFor();
    await candidate.getByText(/granted an accommodation/).waitFor();
    expect(await candidate.getByLabel("Ask that no AI score my answers").isChecked()).toBe(true);
    await candidate.getByLabel("I understand and agree").check();
    await candidate.getByRole("button", { name: "Continue" }).click();
    await candidate.getByRole("button", { name: "Start the interview" }).click();
    await candidate.getByText("Question 1 of 2").waitFor();
    const clock = (await candidate.getByTestId("time-left").textContent()) ?? "";
    expect(clock).toMatch(/\b(6:00|5:[0-5]\d)\b/);
    await screenshotBothWidths(candidate, "human-alternative-03-doubled-time");
    for (const index of [0, 1]) {
      await candidate.getByText(`Question ${index + 1} of 2`).waitFor();
      await candidate.getByLabel("Your answer").fill(typedAnswer(index));
      await candidate
        .getByRole("button", { name: index === 1 ? "Finish" : "Next question" })
        .click();
    }
    await candidate.getByTestId("candidate-report").waitFor({ timeout: 30_000 });
    await candidateContext.close();

    // Evaluated for people: no AI score was made.
    let status = "";
    for (let attempt = 0; attempt < 60 && status !== "evaluated"; attempt++) {
      status = (await api<{ status: string }>(`/api/interviews/${interviewId}`)).body.status;
      if (status !== "evaluated") await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe("evaluated");

    const report = await api<{ aiScoring: boolean; scorecard: unknown }>(
      `/api/interviews/${interviewId}/report`,
    );
    expect(report.status).toBe(200);
    expect(report.body.aiScoring).toBe(false);
    expect(aiKeysIn(report.body)).toEqual([]);
    const exported = await api<{ interview: { aiScoring: boolean } }>(
      `/api/interviews/${interviewId}/export`,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.interview.aiScoring).toBe(false);
    expect(aiKeysIn(exported.body)).toEqual([]);
    const ofThisInterview = (type: string) =>
      receiver.waitFor(
        (request) => request.json.type === type && request.json.data?.interviewId === interviewId,
      );
    for (const type of ["report.ready", "report.needs_review"]) {
      const delivery = await ofThisInterview(type);
      expect(delivery.json.data?.aiScoring).toBe(false);
      expect(aiKeysIn(delivery.json)).toEqual([]);
    }

    // The report page is the scorecard: no AI score, the accommodation named.
    await page.goto(`/interviews/${interviewId}/report`);
    await page.getByRole("heading", { name: "Human scorecard" }).waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Accommodation applied: 2× time per answer");
    for (const aiWords of ["Recommendation", "Scored by", "Summary", "Needs human review"]) {
      expect(text).not.toContain(aiWords);
    }
    expect(await seriousFindings(page)).toEqual([]);
    await screenshotBothWidths(page, "human-alternative-04-scorecard-empty");

    // Every criterion gets 4 of 5 with the shared phrase as its quote: each competency is 75,
    // and so is the overall (4 → 75 on the anchored scale), a "Hire".
    const groups = page.getByRole("radiogroup");
    const groupCount = await groups.count();
    expect(groupCount).toBeGreaterThanOrEqual(3);
    for (let index = 0; index < groupCount; index++) {
      await groups.nth(index).getByRole("radio", { name: "4" }).check();
    }
    const quotes = page.getByLabel(/^Quote from the answer/);
    expect(await quotes.count()).toBe(groupCount);
    for (let index = 0; index < groupCount; index++) {
      await quotes.nth(index).fill(sharedPhrase);
    }
    await page.getByRole("button", { name: "Save scorecard" }).click();
    await page.getByRole("status").filter({ hasText: "Scorecard saved." }).waitFor();
    await page.getByText(`${groupCount} of ${groupCount} criteria scored`).waitFor();
    const scored = (await page.locator("main").textContent()) ?? "";
    expect(scored).toMatch(/Overall score:\s*75\/100/);
    expect(scored).toContain("Band: Hire");
    expect(scored).toContain("Competency score: 75/100");
    await screenshotBothWidths(page, "human-alternative-05-scorecard-scored");

    // The interview list says so instead of an AI score.
    await page.goto("/interviews");
    const row = page.getByRole("link", { name: /Human scorecard\s*75/ });
    await row.first().waitFor();
    // The compare page lists the candidate apart, with the human overall.
    await page.goto(`/positions/${seed.positionIds[0]}/compare`);
    const humanPanel = page.getByRole("region", { name: "Human scorecard (no AI scoring)" });
    await humanPanel.getByRole("link", { name: "Harper Human" }).waitFor();
    expect(await humanPanel.textContent()).toContain("Human scorecard: 75/100");
    await screenshotBothWidths(page, "human-alternative-06-compare");
    const after = await api<{ scorecard: { humanOverallScore: number } }>(
      `/api/interviews/${interviewId}/scorecard`,
    );
    expect(after.body.scorecard.humanOverallScore).toBe(75);
    expect(aiKeysIn((await api(`/api/interviews/${interviewId}/report`)).body)).toEqual([]);
    await recruiter.context.close();
  });
});
