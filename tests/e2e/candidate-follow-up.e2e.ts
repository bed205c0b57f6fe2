// The interview as a conversation on the embedded default (offline interviewer, typed answers):
// a thin answer gets exactly one follow-up, which survives a reload and is answered like any
// question; a complete answer gets none; the recruiter's report shows the thread in order.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext } from "./support/browser";
import { getE2eContext, openSignedInPage, requireSeed, useBrowser } from "./support/e2e-context";
import { inviteThroughApi } from "./support/invite-through-api";
import { saveScreenshot } from "./support/screenshots";

const e2e = getE2eContext();

const thinAnswer = "We fixed it quickly.";
const followUpAnswer =
  "I was the one on call, so I traced the errors in Datadog to a missing index on the orders table in Postgres. I added the index and a query timeout myself, and p99 latency dropped from 4 seconds to 300 ms within an hour.";
const completeAnswer =
  "Last spring our checkout API started timing out during a sale. I traced the errors in Grafana to a retry storm against the payments service, because a client library had changed its default timeout. I capped the retries, added jitter and a circuit breaker, and the error rate fell from 12% to 0.3% the same afternoon.";

type ListedQuestion = { id: string; content: string; parentQuestionId: string | null };

async function listQuestions(interviewId: string): Promise<ListedQuestion[]> {
  const response = await fetch(`${e2e.baseUrl}/api/interviews/${interviewId}/questions`, {
    headers: { authorization: `Bearer ${requireSeed().apiToken}` },
  });
  return ((await response.json()) as { questions: ListedQuestion[] }).questions;
}

async function answer(page: Page, text: string, button: "Next question" | "Finish") {
  await page.getByLabel("Your answer").fill(text);
  await page.getByRole("button", { name: button, exact: true }).click();
}

describe.skipIf(e2e.isSkipped)("follow-up questions", () => {
  const { browser } = useBrowser();

  it("asks one follow-up after a thin answer, none after a complete one, and reports the thread", async () => {
    const seed = requireSeed();
    const invite = await inviteThroughApi({
      positionId: seed.positionIds[0] ?? "",
      candidateName: "Fran Follow",
      candidateEmail: "fran.follow@example.com",
      questionCount: 2,
    });
    expect(invite.status).toBe(201);
    const context = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const page = await context.newPage();
    await page.goto(invite.path);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();

    const progress = page.getByTestId("question-progress");
    await page.getByText("Question 1 of 2").waitFor();
    // The last question's button would say Finish: a thin answer on the first one says Next.
    await answer(page, thinAnswer, "Next question");

    // The follow-up opens in place: same number, labelled, its own question.
    await page.getByText("Question 1 of 2 · Follow-up").waitFor();
    const afterThin = await listQuestions(invite.id);
    expect(afterThin).toHaveLength(3);
    const [main, followUp] = afterThin;
    expect(followUp?.parentQuestionId).toBe(main?.id);
    const heading = page.getByRole("heading", { level: 2 });
    expect(await heading.textContent()).toBe(followUp?.content);
    await saveScreenshot(page, "candidate-follow-up-01-follow-up");

    // A reload lands on the follow-up again, not on the next main question.
    await page.reload();
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    expect(await page.getByText("You will continue at question 1.").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Resume the interview" }).click();
    await page.getByText("Question 1 of 2 · Follow-up").waitFor();
    expect(await heading.textContent()).toBe(followUp?.content);

    // Its answer completes the thread (and the default allows one): on to question 2.
    await answer(page, followUpAnswer, "Next question");
    await page.getByText("Question 2 of 2").waitFor();
    expect(await progress.textContent()).toBe("Question 2 of 2");
    await answer(page, completeAnswer, "Finish");
    await page.getByTestId("candidate-report").waitFor({ timeout: 30_000 });

    // Exactly one follow-up was made, and each answer is saved under its own question.
    const questions = await listQuestions(invite.id);
    expect(questions.map((question) => question.parentQuestionId)).toEqual([null, main?.id, null]);
    const saved = (await fetch(`${e2e.baseUrl}/api/interviews/${invite.id}/transcripts`, {
      headers: { authorization: `Bearer ${seed.apiToken}` },
    }).then((response) => response.json())) as {
      segments: { text: string; questionId: string }[];
    };
    expect(saved.segments.map((segment) => [segment.questionId, segment.text])).toEqual([
      [questions[0]?.id, thinAnswer],
      [questions[1]?.id, followUpAnswer],
      [questions[2]?.id, completeAnswer],
    ]);
    await context.close();

    // The recruiter reads the follow-up under its main answer.
    const recruiter = await openSignedInPage(browser(), seed.recruiter);
    await recruiter.page.goto(`/interviews/${invite.id}/report`);
    const turn = recruiter.page.getByRole("heading", { name: /^Follow-up/ });
    await turn.waitFor();
    expect(await turn.count()).toBe(1);
    // Quotes used as evidence are marked inside the answer, so compare the section's text.
    const thread = await turn.locator("xpath=ancestor::section[1]").textContent();
    expect(thread).toContain(followUp?.content);
    expect(thread).toContain(followUpAnswer);
    await turn.scrollIntoViewIfNeeded();
    await saveScreenshot(recruiter.page, "candidate-follow-up-02-report-thread");
    await recruiter.context.close();
  });
});
