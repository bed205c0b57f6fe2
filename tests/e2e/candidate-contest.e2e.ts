// A candidate contests their result from the explanation page, in Chromium against `next start`:
// the request waits in the recruiter's review queue with its due date, the recruiter answers, the
// answer's mail (in the embedded mailbox) links back to the explanation, which shows the answer.
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
import { readNewestMailLink } from "./support/read-mailbox";
import { callApi, takeTypedInterviewThroughApi } from "./support/typed-interview-through-api";

const e2e = getE2eContext();

/** An interview taken through typed answers to its offline report, then rejected. */
async function createRejectedInterview(candidateEmail: string) {
  const seed = requireSeed();
  const { id, base, inviteToken } = await takeTypedInterviewThroughApi({
    positionId: seed.positionIds[0] ?? "",
    candidateName: "Quinn Contest",
    candidateEmail,
    answer:
      "I measured the p99 latency first, then added a cache, so it fell to 80 ms because reads dominated.",
  });
  let decision = await callApi(`${base}/decision`, seed.apiToken, {
    method: "PUT",
    body: { decision: "reject", note: "Not this time." },
  });
  // The decision needs the report, which the offline pipeline writes in the background.
  for (let attempt = 0; attempt < 60 && decision.status === 409; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    decision = await callApi(`${base}/decision`, seed.apiToken, {
      method: "PUT",
      body: { decision: "reject", note: "Not this time." },
    });
  }
  expect(decision.status).toBe(200);
  return { id, inviteToken };
}

describe.skipIf(e2e.isSkipped)("contest from the explanation page in Chromium", () => {
  const { browser } = useBrowser();

  it("sends a contest, the recruiter answers it from the review queue, and the mail links back to the answered explanation", async () => {
    const seed = requireSeed();
    const candidateEmail = "quinn.contest@example.com";
    const { id, inviteToken } = await createRejectedInterview(candidateEmail);
    const explanationPath = `/interview/${inviteToken}/explanation`;

    const candidateContext = await newContext(browser(), { baseUrl: e2e.baseUrl });
    const candidate = await candidateContext.newPage();
    await candidate.goto(explanationPath);
    await candidate.getByRole("heading", { name: "How your result came about" }).waitFor();
    expect(await candidate.getByTestId("outcome").textContent()).toBe("You were not advanced.");
    expect(await candidate.getByText(/The principal reasons/).isVisible()).toBe(true);
    expect(await seriousFindings(candidate)).toEqual([]);
    await candidate.getByRole("radio", { name: "The transcript is wrong" }).check();
    await candidate.getByLabel("Which answer (optional)").selectOption({ index: 1 });
    const message = "E2E: I said eighty milliseconds, not eighteen.";
    await candidate.getByLabel("Your message").fill(message);
    await candidate.getByRole("button", { name: "Send" }).click();
    await candidate.getByRole("status").filter({ hasText: "Sent." }).waitFor();
    await candidate.getByTestId("contests").getByText(message).waitFor();
    await screenshotBothWidths(candidate, "contest-01-explanation");

    const { context, page } = await openSignedInPage(browser(), seed.recruiter);
    await page.goto("/review-queue");
    const item = page.getByTestId("contest").filter({ hasText: message });
    await item.waitFor();
    expect(await item.getByTestId("due-badge").textContent()).toBe("Due in 30 days");
    expect(await item.getByText("Quinn Contest").isVisible()).toBe(true);
    await screenshotBothWidths(page, "contest-02-review-queue");
    expect(await seriousFindings(page)).toEqual([]);
    const answer = "E2E: we listened again and corrected Question 1.";
    await item.getByLabel("Answer").fill(answer);
    await item.getByRole("button", { name: "Send answer" }).click();
    await page.getByText("Nothing waits for an answer.").waitFor();
    await page.goto("/review-queue?status=answered");
    await page.getByTestId("contest").filter({ hasText: answer }).waitFor();
    await page.goto(`/interviews/${id}`);
    await page.getByRole("heading", { name: "Contests" }).waitFor();
    expect(await page.getByTestId("contest").filter({ hasText: answer }).count()).toBe(1);
    await context.close();

    const operator = await openSignedInPage(browser(), seed.operator);
    const link = await readNewestMailLink(operator.page, {
      to: candidateEmail,
      kind: "contest-answer",
    });
    expect(new URL(link).pathname).toBe(explanationPath);
    await operator.context.close();

    await candidate.goto(explanationPath);
    const answered = candidate.getByTestId("contests");
    await answered.getByText(answer).waitFor();
    expect(await answered.getByText("Answered").isVisible()).toBe(true);
    await candidateContext.close();
  });
});
