// Takes a candidate page from the open question to the end of the interview, however many
// follow-ups the interviewer asks on the way: each question is answered (or not) and ended with
// its Next or Finish button.
import type { Page } from "playwright-core";

export type OpenQuestion = { id: string; progress: string; heading: string };

/** Returns the questions met, in order. Stops at the report (or whatever follows the last). */
export async function moveThroughQuestions(
  page: Page,
  options: {
    /** Typed text for a question (null: leave it unanswered). */
    answer?: (question: OpenQuestion) => string | null;
    /** Runs on each question before it is answered (screenshots, checks). */
    onQuestion?: (question: OpenQuestion) => Promise<void>;
    maxQuestions?: number;
  } = {},
): Promise<OpenQuestion[]> {
  const seen: OpenQuestion[] = [];
  const step = page.locator("section[data-question-id]");
  for (let count = 0; count < (options.maxQuestions ?? 30); count++) {
    await step.or(page.getByTestId("candidate-report")).first().waitFor({ timeout: 30_000 });
    if (!(await step.isVisible())) return seen;
    const question: OpenQuestion = {
      id: (await step.getAttribute("data-question-id")) ?? "",
      progress: (await page.getByTestId("question-progress").textContent()) ?? "",
      heading: (await step.getByRole("heading", { level: 2 }).textContent()) ?? "",
    };
    seen.push(question);
    await options.onQuestion?.(question);
    const text = options.answer?.(question) ?? null;
    if (text !== null) await page.getByLabel("Your answer", { exact: true }).fill(text);
    // After a pause in speech the same button offers "Done? Next question" / "Done? Finish".
    const finish = page.getByRole("button", { name: /^(Done\? )?Finish$/ });
    const button = (await finish.isVisible())
      ? finish
      : page.getByRole("button", { name: /^(Done\? )?Next question$/ });
    await button.click();
    await page.waitForFunction(
      (id) =>
        document.querySelector("section[data-question-id]")?.getAttribute("data-question-id") !==
        id,
      question.id,
      { timeout: 30_000 },
    );
  }
  throw new Error("The interview did not end.");
}
