// Every kind of page checked with axe-core (WCAG 2 A and AA rules: labels, names, contrast,
// landmarks, ARIA) in Chromium, at desktop and phone width. Serious and critical findings fail.
import { describe, expect, it } from "vitest";
import { seriousFindings } from "./support/axe-findings";
import { newContext } from "./support/browser";
import { getE2eContext, openSignedInPage, requireSeed, useBrowser } from "./support/e2e-context";
import { inviteThroughApi } from "./support/invite-through-api";
import { moveThroughQuestions } from "./support/move-through-questions";

const e2e = getE2eContext();
describe.skipIf(e2e.isSkipped)("accessibility (axe-core)", () => {
  const { browser } = useBrowser();

  it("finds nothing serious on the public and candidate pages", async () => {
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    const findings: string[] = [];
    for (const path of ["/", "/sign-in"]) {
      await page.goto(path);
      findings.push(...(await seriousFindings(page)));
    }
    const invite = await inviteThroughApi({
      positionId: requireSeed().positionIds[0] ?? "",
      candidateEmail: "axe.candidate@example.com",
      candidateName: "Alex Axe",
      questionCount: 3,
    });
    await page.goto(invite.path);
    await page.getByRole("heading", { name: "Before you start" }).waitFor();
    findings.push(...(await seriousFindings(page)));
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Start the interview" }).waitFor();
    findings.push(...(await seriousFindings(page)));
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.getByText("Question 1 of 3").waitFor();
    findings.push(...(await seriousFindings(page)));
    // Thin answers: the offline interviewer follows up, and the follow-up step is checked too.
    const met = await moveThroughQuestions(page, {
      answer: () => "First I measured it, then I fixed the index.",
      onQuestion: async (question) => {
        if (question.progress === "Question 1 of 3 · Follow-up") {
          findings.push(...(await seriousFindings(page)));
        }
      },
    });
    expect(met.map((question) => question.progress)).toContain("Question 1 of 3 · Follow-up");
    await page.getByTestId("candidate-report").waitFor({ timeout: 30_000 });
    findings.push(...(await seriousFindings(page)));
    await context.close();
    expect(findings).toEqual([]);
  });

  it("finds nothing serious on the recruiter's and operator's pages", async () => {
    const seed = requireSeed();
    const evaluated = (await fetch(
      `${e2e.baseUrl}/api/interviews?status=evaluated&positionId=${seed.positionIds[0]}`,
      { headers: { authorization: `Bearer ${seed.apiToken}` } },
    ).then((response) => response.json())) as { interviews: { id: string }[] };
    const reportId = evaluated.interviews[0]?.id;
    const findings: string[] = [];
    const recruiter = await openSignedInPage(browser(), seed.recruiter);
    for (const path of [
      "/dashboard",
      "/interviews",
      "/interviews/new",
      `/interviews/${reportId}`,
      `/interviews/${reportId}/report`,
      "/positions",
      `/positions/${seed.positionIds[0]}`,
      `/positions/${seed.positionIds[0]}/compare`,
      `/positions/${seed.positionIds[0]}/invite-many`,
      "/answer-bank?q=cache%20invalidation",
    ]) {
      await recruiter.page.goto(path);
      findings.push(...(await seriousFindings(recruiter.page)));
    }
    await recruiter.context.close();
    const operator = await openSignedInPage(browser(), seed.operator);
    for (const path of ["/operator", "/operator/mail"]) {
      await operator.page.goto(path);
      findings.push(...(await seriousFindings(operator.page)));
    }
    await operator.context.close();
    expect(findings).toEqual([]);
  });
});
