// Integrity signals on the embedded default: a candidate leaves the page, pastes into the typed
// answer, and the text pasted is another (seeded, evaluated) candidate's answer. Each shows on the
// recruiter's report under "Signals to look at", and the copied answer scores exactly what the same
// words score in an interview without any signal.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "./support/app-server";
import { newContext } from "./support/browser";
import { getE2eContext, useBrowser } from "./support/e2e-context";
import { moveThroughQuestions } from "./support/move-through-questions";
import { saveScreenshot } from "./support/screenshots";
import { signInContext } from "./support/sign-in";

const e2e = getE2eContext();

type Question = { id: string; content: string; followUpNumber?: number };
type ReportAnswer = { question: { content: string }; evaluation: { score: number } };

describe.skipIf(e2e.isSkipped)("integrity signals", () => {
  const { browser } = useBrowser();
  let app: AppServer;

  // Its own server: no follow-ups, so the twin interview made through the API has the same threads.
  beforeAll(async () => {
    app = await startAppServer({ env: { FOLLOW_UPS_PER_QUESTION: "0" } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const api = async <T>(
    path: string,
    options: { token?: string; method?: string; json?: unknown } = {},
  ) => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method: options.method ?? (options.json ? "POST" : "GET"),
      headers: {
        authorization: `Bearer ${options.token ?? app.seed.apiToken}`,
        ...(options.json ? { "content-type": "application/json" } : {}),
      },
      body: options.json ? JSON.stringify(options.json) : undefined,
    });
    expect(response.status, `${options.method ?? "GET"} ${path}`).toBeLessThan(300);
    return (await response.json()) as T;
  };

  /** The first long main answer of the seeded evaluated interviews, with its question. */
  async function seededAnswer(): Promise<{ content: string; text: string }> {
    for (const { id } of app.seed.evaluatedInterviews ?? []) {
      const { questions } = await api<{ questions: Question[] }>(`/api/interviews/${id}/questions`);
      const { segments } = await api<{ segments: { questionId: string; text: string }[] }>(
        `/api/interviews/${id}/transcripts`,
      );
      for (const question of questions) {
        const text = segments
          .filter((segment) => segment.questionId === question.id)
          .map((segment) => segment.text)
          .join(" ");
        if (text.length > 200) return { content: question.content, text };
      }
    }
    throw new Error("The seed has no evaluated answer to copy.");
  }

  /** A new interview whose first question is the copied answer's question, as the seed asked it. */
  async function invite(content: string) {
    const created = await api<{ id: string; inviteUrl: string }>("/api/interviews", {
      json: {
        positionId: app.seed.positionIds[0],
        candidateName: `Sam Signals ${crypto.randomUUID().slice(0, 6)}`,
        candidateEmail: `signals-${crypto.randomUUID()}@example.com`,
        questionCount: 2,
      },
    });
    const token = created.inviteUrl.split("/").at(-1) ?? "";
    const { questions } = await api<{ questions: Question[] }>(
      `/api/interviews/${created.id}/questions`,
    );
    const first = questions[0] as Question;
    await api(`/api/interviews/${created.id}/questions/${first.id}`, {
      method: "PATCH",
      json: { content },
    });
    return { id: created.id, token, questionId: first.id };
  }

  async function waitForEvaluated(id: string) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { status } = await api<{ status: string }>(`/api/interviews/${id}`);
      if (status === "evaluated") return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`Interview ${id} was not evaluated.`);
  }

  async function leaveAndReturn(page: Page, awayMs: number) {
    await page.evaluate(() => window.dispatchEvent(new Event("blur")));
    await page.waitForTimeout(awayMs);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  }

  it("shows focus loss, a paste and a copied answer on the report, and none changes the score", async () => {
    const copy = await seededAnswer();
    const signalled = await invite(copy.content);
    const context = await newContext(browser(), { baseUrl: app.baseUrl });
    const page = await context.newPage();
    await page.goto(`/interview/${signalled.token}`);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();

    const asked = await moveThroughQuestions(page, {
      onQuestion: async (question) => {
        if (question.id !== signalled.questionId) return;
        await leaveAndReturn(page, 1_200);
        // What a paste from the clipboard fires; the page keeps its length, never the text.
        await page.getByLabel("Your answer", { exact: true }).evaluate((element, pasted) => {
          const data = new DataTransfer();
          data.setData("text/plain", pasted);
          element.dispatchEvent(
            new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
          );
        }, copy.text);
      },
      answer: (question) => (question.id === signalled.questionId ? copy.text : null),
    });
    expect(asked.map((question) => question.id)).toContain(signalled.questionId);
    await page.getByTestId("candidate-report").waitFor({ timeout: 60_000 });
    await context.close();

    const recruiterContext = await newContext(browser(), { baseUrl: app.baseUrl });
    await signInContext(recruiterContext, { ...app.seed.recruiter, baseUrl: app.baseUrl });
    const report = await recruiterContext.newPage();
    // The similarity check runs after the report is built: reload until it has written.
    const similar = report.locator('[data-signal-kind="similar_to_candidate"]');
    for (let attempt = 0; attempt < 20; attempt++) {
      await report.goto(`/interviews/${signalled.id}/report`);
      if (await similar.count()) break;
      await report.waitForTimeout(500);
    }
    const panel = report.getByRole("region", { name: "Signals to look at" });
    expect(await panel.getByText("they do not change any score").isVisible()).toBe(true);
    expect(await panel.locator('[data-signal-kind="focus_lost"]').textContent()).toMatch(
      /Left the page once during the answer, [12] s away in all\./,
    );
    expect(await panel.locator('[data-signal-kind="paste"]').textContent()).toContain(
      `${copy.text.length} characters in all`,
    );
    expect(await similar.textContent()).toContain(copy.text.slice(0, 60));
    await saveScreenshot(report, "candidate-signals-report");
    await recruiterContext.close();

    // The same words through the API, without any signal: the same score.
    const twin = await invite(copy.content);
    await api(`/api/interviews/${twin.id}/start`, { token: twin.token, method: "POST" });
    await api(`/api/interviews/${twin.id}/transcripts`, {
      token: twin.token,
      json: {
        segments: [
          {
            id: "twin-1",
            questionId: twin.questionId,
            speaker: "candidate",
            text: copy.text,
            startMs: 0,
            endMs: 30_000,
          },
        ],
      },
    });
    await api(`/api/interviews/${twin.id}/complete`, { token: twin.token, method: "POST" });
    await waitForEvaluated(twin.id);
    const scoreOf = async (id: string) => {
      const body = await api<{ answers: ReportAnswer[] }>(`/api/interviews/${id}/report`);
      return body.answers.find((answer) => answer.question.content === copy.content)?.evaluation
        .score;
    };
    const signalledScore = await scoreOf(signalled.id);
    expect(signalledScore).toBeGreaterThan(0);
    expect(signalledScore).toBe(await scoreOf(twin.id));
  });
});
