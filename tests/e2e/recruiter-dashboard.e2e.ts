// The recruiter's and operator's pages in Chromium against `next start` with the demo seed.
import { describe, expect, it } from "vitest";
import { newContext } from "./support/browser";
import {
  getE2eContext,
  openSignedInPage,
  requireSeed,
  screenshotBothWidths,
  useBrowser,
} from "./support/e2e-context";
import { saveScreenshot } from "./support/screenshots";
import { signInThroughForm } from "./support/sign-in";

const e2e = getE2eContext();

/** The seed's evaluated interviews of the first position, newest first, through the API. */
async function findEvaluatedInterviews(): Promise<{ id: string; candidateName: string }[]> {
  const seed = requireSeed();
  const response = await fetch(
    `${e2e.baseUrl}/api/interviews?status=evaluated&positionId=${seed.positionIds[0]}`,
    { headers: { authorization: `Bearer ${seed.apiToken}` } },
  );
  const body = (await response.json()) as { interviews: { id: string; candidateName: string }[] };
  // Only the seed's own: other tests add evaluated interviews of their own as they run.
  const seeded = new Set(seed.evaluatedInterviews?.map((interview) => interview.id));
  return body.interviews.filter((interview) => seeded.size === 0 || seeded.has(interview.id));
}

describe.skipIf(e2e.isSkipped)("recruiter dashboard in Chromium", () => {
  const { browser } = useBrowser();

  it("signs in through the form and shows the company's dashboard", async () => {
    const seed = requireSeed();
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await signInThroughForm(page, seed.recruiter);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Acme Robotics (demo)",
    );
    await page.getByText("Reports ready").waitFor();
    await screenshotBothWidths(page, "01-dashboard");
    await context.close();
  });

  it("creates an interview, shows its invite link, and expires the invite", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto(`/interviews/new?positionId=${seed.positionIds[0]}`);
    await screenshotBothWidths(page, "02-invite-form");
    await page.getByLabel("Candidate name").fill("Morgan Browser");
    await page.getByLabel("Candidate email").fill("morgan.browser@example.com");
    await page.getByLabel("Number of questions").fill("4");
    await page.getByRole("button", { name: "Create interview and invite link" }).click();
    const link = page.getByLabel("Invite link");
    await link.waitFor();
    expect(await link.inputValue()).toMatch(new RegExp(`^${e2e.baseUrl}/interview/inv_`));
    await screenshotBothWidths(page, "03-invite-created");

    await page.getByRole("link", { name: "Open the interview" }).click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "Morgan Browser", exact: true }).waitFor();
    await page.getByText(/^Live/).waitFor();
    await screenshotBothWidths(page, "04-interview-live");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Expire invite" }).click();
    await page.getByRole("button", { name: "Re-issue invite" }).waitFor();
    await page.getByText("Expired", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Re-issue invite" }).click();
    const reissued = page.getByLabel(/New invite link/);
    await reissued.waitFor();
    expect(await reissued.inputValue()).toContain("/interview/inv_");
    await context.close();
  });

  it("follows a running interview live until its report is ready", async () => {
    const seed = requireSeed();
    const api = (path: string, token: string, body?: unknown) =>
      fetch(`${e2e.baseUrl}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = (await (
      await api("/api/interviews", seed.apiToken, {
        positionId: seed.positionIds[0],
        candidateName: "Lee Live",
        candidateEmail: "lee.live@example.com",
        questionCount: 2,
      })
    ).json()) as { id: string; inviteToken: string };
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto(`/interviews/${created.id}`);
    // The status region announces changes to screen readers; its text is what a test can wait on.
    const status = (label: string) => page.getByText(`Interview status: ${label}`);
    await status("Invited").waitFor({ state: "attached" });

    const questions = (await (
      await fetch(`${e2e.baseUrl}/api/interviews/${created.id}/questions`, {
        headers: { authorization: `Bearer ${created.inviteToken}` },
      })
    ).json()) as { questions: { id: string }[] };
    await api(`/api/interviews/${created.id}/start`, created.inviteToken);
    await status("In progress").waitFor({ state: "attached", timeout: 30_000 });
    await api(`/api/interviews/${created.id}/transcripts`, created.inviteToken, {
      segments: questions.questions.map((question, index) => ({
        id: `live-${index}`,
        questionId: question.id,
        speaker: "candidate",
        text: "First I measured the p99 latency, then I added a cache, so it fell to 80 ms.",
        startMs: index * 10_000,
        endMs: index * 10_000 + 5_000,
      })),
    });
    await page.getByText("Answered 2 of 2 questions").waitFor({ timeout: 15_000 });
    await api(`/api/interviews/${created.id}/complete`, created.inviteToken);
    await page.getByRole("link", { name: "Open the report" }).waitFor({ timeout: 30_000 });
    await status("Evaluated").waitFor({ state: "attached" });
    await context.close();
  });

  it("lists, searches and filters interviews", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto("/interviews?status=evaluated&sort=score");
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    await screenshotBothWidths(page, "05-interviews");
    const [first] = await findEvaluatedInterviews();
    const name = first?.candidateName ?? "";
    await page.getByLabel("Search name or email").fill(name.split(" ")[0] ?? name);
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=/);
    expect(await page.getByRole("link", { name }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it("opens the report of a seeded evaluated interview with its evidence marked", async () => {
    const seed = requireSeed();
    const evaluated = await findEvaluatedInterviews();
    expect(evaluated.length).toBeGreaterThanOrEqual(3);
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    const target = evaluated[0];
    await page.goto(`/interviews/${target?.id}/report`);
    await page.getByRole("heading", { name: `Report: ${target?.candidateName}` }).waitFor();
    await page.getByText("Scored by:").waitFor();
    expect(
      await page
        .getByText(/Offline heuristic|OpenAI model/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole("heading", { name: "Scores by competency" }).isVisible()).toBe(
      true,
    );
    // The chart draws after hydration, once it has measured its container.
    await page.locator(".recharts-bar-rectangle").first().waitFor();
    expect(await page.locator("mark").count()).toBeGreaterThan(0);
    await screenshotBothWidths(page, "06-report");
    await page.emulateMedia({ media: "print" });
    await saveScreenshot(page, "07-report.print");
    await page.emulateMedia({ media: "screen" });
    await context.close();
  });

  it("compares the position's candidates in a table that sorts", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    // Ranked by score on purpose: by default offline scores rank nobody.
    await page.goto(`/positions/${seed.positionIds[0]}/compare?sort=score`);
    const names = () => page.locator("tbody th[scope=row]").allTextContents();
    const byOverall = await names();
    expect(byOverall.length).toBeGreaterThanOrEqual(3);
    await page.getByRole("button", { name: /^Candidate/ }).click();
    const byName = await names();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect(await page.locator("th[aria-sort=ascending]").count()).toBe(1);
    await page.getByRole("button", { name: /^Overall/ }).click();
    expect(await names()).toEqual(byOverall);
    await screenshotBothWidths(page, "08-compare");
    await page.getByRole("link", { name: byOverall[0] ?? "" }).click();
    await page.waitForURL(/\/report$/);
    await page.getByRole("heading", { name: `Report: ${byOverall[0]}` }).waitFor();
    await screenshotBothWidths(page, "08b-report-of-the-best");
    await context.close();
  });

  it("searches the answer bank by meaning", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto("/answer-bank");
    await screenshotBothWidths(page, "09-answer-bank");
    await page.getByLabel("Find answers about").fill("reducing latency with a cache");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: /Nearest answers to/ }).waitFor();
    expect(await page.getByText(/Similarity/).count()).toBeGreaterThan(0);
    await screenshotBothWidths(page, "10-answer-bank-search");
    await context.close();
  });

  it("creates a position and edits its competencies", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto("/positions");
    await page.getByLabel("Title").fill("Site Reliability Engineer");
    await page.getByRole("checkbox", { name: "Problem solving" }).check();
    const ownCompetency = page.getByLabel("Your own competency");
    const addOwn = page.getByRole("button", { name: "Add your own" });
    for (const competency of ["incident response", "automation"]) {
      await ownCompetency.fill(competency);
      await addOwn.click();
    }
    // A misspelt built-in is refused before it can become a competency of its own.
    await ownCompetency.fill("comunication");
    await addOwn.click();
    await page.getByRole("alert").filter({ hasText: '"communication"' }).waitFor();
    await ownCompetency.fill("");
    await page.getByRole("button", { name: "Create position" }).click();
    await page.waitForURL(/\/positions\/[0-9a-f-]{36}$/);
    // The recruiter's own competencies: generic criteria and no bank questions, said on the page.
    await page.getByRole("heading", { name: "2 competencies need attention" }).waitFor();
    expect(await page.locator('[data-warning="no_default_rubric"]').count()).toBe(2);
    expect(await page.locator('[data-warning="no_bank_questions"]').count()).toBe(2);
    await screenshotBothWidths(page, "11a-position-warnings");
    await page.getByRole("button", { name: "Remove Automation" }).click();
    await ownCompetency.fill("observability");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved.").waitFor();
    await page.goto("/positions");
    expect(await page.getByText("Observability").count()).toBeGreaterThan(0);
    await screenshotBothWidths(page, "11-positions");
    await context.close();
  });

  it("shows operators the cache, rate limit, job runs and backends, and nobody else", async () => {
    const seed = requireSeed();
    const { context, page } = await openSignedInPage(browser(), seed.operator);
    await page.goto("/operator");
    for (const heading of ["Backends", "Rate limit", "Cache", "Background jobs"]) {
      expect(await page.getByRole("heading", { name: heading, exact: true }).isVisible()).toBe(
        true,
      );
    }
    await page.getByText("PGlite (embedded)").waitFor();
    await screenshotBothWidths(page, "12-operator");
    await context.close();

    const recruiter = await openSignedInPage(browser(), seed.recruiter);
    const response = await recruiter.page.goto("/operator");
    expect(response?.status()).toBe(404);
    await recruiter.context.close();
  });
});

describe.skipIf(e2e.isSkipped)("another company's recruiter", () => {
  const { browser } = useBrowser();

  it("cannot open Acme's interview, report, compare or position pages, nor their APIs", async () => {
    const seed = requireSeed();
    const [evaluated] = await findEvaluatedInterviews();
    const positionId = seed.positionIds[0];
    const { context, page } = await openSignedInPage(browser(), seed.otherCompany.recruiter);
    const pages = [
      `/interviews/${evaluated?.id}`,
      `/interviews/${evaluated?.id}/report`,
      `/positions/${positionId}`,
      `/positions/${positionId}/compare`,
    ];
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await page.getByRole("heading", { name: "Page not found" }).waitFor();
    }
    await saveScreenshot(page, "13-other-company-404.desktop");

    const apis: [string, string][] = [
      ["GET", `/api/interviews/${evaluated?.id}`],
      ["GET", `/api/interviews/${evaluated?.id}/report`],
      ["GET", `/api/interviews/${evaluated?.id}/transcripts`],
      ["GET", `/api/positions/${positionId}/candidates`],
      ["POST", `/api/interviews/${seed.interviewId}/invite`],
      ["POST", `/api/interviews/${seed.interviewId}/expire`],
    ];
    for (const [method, path] of apis) {
      // As the app's own pages send them: cookie writes without the app's Origin are refused (CSRF).
      const response = await context.request.fetch(`${e2e.baseUrl}${path}`, {
        method,
        headers: { origin: e2e.baseUrl },
      });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    // The bank search answers, but with none of Acme's answers in it.
    const search = await context.request.get(
      `${e2e.baseUrl}/api/answer-bank/search?q=${encodeURIComponent("latency cache")}`,
    );
    expect(search.status()).toBe(200);
    expect(((await search.json()) as { results: unknown[] }).results).toEqual([]);
    await page.goto("/answer-bank?q=latency+cache");
    await page.getByText("The bank holds no answers yet.").waitFor();
    await context.close();
  });
});
