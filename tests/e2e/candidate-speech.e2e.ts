// The speech path in Chromium: a fake microphone streams to a Deepgram fake on 127.0.0.1 (token
// grant + live socket that closes idle streams with 1011, as the real one does). Proves that
// recording starts by itself, a pause after speaking offers "Done? Next question" (Deepgram's
// UtteranceEnd) without ending the answer, KeepAlive holds the stream through a pause, the thin
// first answer gets a follow-up, a socket dropped during it is reopened with a fresh token, and
// the final segments are saved in order under their questions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DeepgramFakeServer,
  startDeepgramFakeServer,
} from "@/tests/support/deepgram-fake-server";
import { freePort } from "@/tests/support/free-port";
import { type AppServer, startAppServer } from "./support/app-server";
import { newContext } from "./support/browser";
import { getE2eContext, useBrowser } from "./support/e2e-context";
import { moveThroughQuestions } from "./support/move-through-questions";
import { saveScreenshot } from "./support/screenshots";
import { signInContext } from "./support/sign-in";

const e2e = getE2eContext();
const idleTimeoutMs = 4_000;
// A LiveKit that nobody serves: the media token is minted, the room itself stays unreachable.
const livekit = { key: "lk-e2e-key", secret: "lk-e2e-secret-4bd1f0c2a9e8" };
/** The browser logs each refused connection to that room. */
const unreachableRoom = [/\/rtc\/v1\b.*ERR_CONNECTION_REFUSED/];
// No outcome and no way to check success: the offline interviewer follows up on it.
const firstLines = [
  "First, I would put a read-through cache in front of the catalogue service.",
  "Because ninety percent of reads repeat within an hour, a ten minute TTL is safe.",
];
/** Said during the follow-up, after the socket was dropped and reopened. */
const afterReconnect = ["Writes invalidate the key after the transaction commits."];
const secondQuestion = ["I would compare the slow traces with the deploy diff."];

async function waitUntil(check: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(e2e.isSkipped)("candidate interview with live transcription", () => {
  const { browser } = useBrowser();
  let deepgram: DeepgramFakeServer;
  let app: AppServer;

  beforeAll(async () => {
    deepgram = await startDeepgramFakeServer({ idleTimeoutMs });
    app = await startAppServer({
      env: {
        DEEPGRAM_API_KEY: deepgram.apiKey,
        DEEPGRAM_BASE_URL: deepgram.url,
        DEEPGRAM_LISTEN_URL: deepgram.wsUrl,
        STT_TOKEN_TTL_SECONDS: "10",
        STT_UTTERANCE_END_MS: "1000",
        LIVEKIT_URL: `ws://127.0.0.1:${await freePort()}`,
        LIVEKIT_API_KEY: livekit.key,
        LIVEKIT_API_SECRET: livekit.secret,
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await deepgram?.close();
  });

  it("records by itself, offers Done?, keeps the stream alive, follows up, reconnects and saves every final", async () => {
    const context = await newContext(browser(), {
      baseUrl: app.baseUrl,
      expectedErrors: unreachableRoom,
    });
    const page = await context.newPage();
    const received: Promise<string>[] = [];
    page.on("response", (response) => {
      received.push(response.text().catch(() => ""));
    });
    await page.goto(`/interview/${app.seed.inviteToken}`);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Microphone check: the fake device's tone moves the level meter.
    await page.getByRole("button", { name: "Allow microphone" }).click();
    const meter = page.getByRole("meter", { name: "Microphone level" });
    await meter.waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector("meter")?.getAttribute("value") ?? 0) > 0.05,
    );
    await saveScreenshot(page, "candidate-speech-01-mic-check");

    deepgram.setScript(firstLines);
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.getByRole("button", { name: "Mute voice" }).click();

    // Nobody pressed a record button: the step itself opened the stream.
    const indicator = page.getByTestId("recording-indicator");
    await page.waitForSelector('[data-testid="recording-indicator"][data-state="recording"]');
    expect(deepgram.counts.grants).toBe(1);
    expect(deepgram.connections[0]).toMatchObject({
      auth: "temporary_token",
      via: "subprotocol",
      params: {
        encoding: "linear16",
        sample_rate: "16000",
        interim_results: "true",
        utterance_end_ms: "1000",
      },
    });
    await page.getByTestId("interim-text").waitFor({ timeout: 10_000 });
    await saveScreenshot(page, "candidate-speech-02-interim");
    await waitUntil(
      () => (deepgram.connections[0]?.finals.length ?? 0) === firstLines.length,
      "the first lines are final",
    );
    await page.getByText(firstLines[1] ?? "").waitFor();

    // The candidate stops talking: after Deepgram's UtteranceEnd the page offers to move on, and
    // only offers (the answer stays open).
    const doneHint = page.getByRole("button", { name: "Done? Next question" });
    await doneHint.waitFor({ timeout: 10_000 });
    expect(deepgram.connections[0]?.utteranceEnds.length).toBeGreaterThan(0);
    await page.waitForTimeout(1_500);
    expect(await page.getByTestId("question-progress").textContent()).toMatch(/^Question 1 of/);
    await saveScreenshot(page, "candidate-speech-03-done-hint");

    // A pause longer than Deepgram's idle window: KeepAlive holds the same socket open.
    await page.getByRole("button", { name: "Pause recording" }).click();
    const keepAlivesBefore = deepgram.counts.keepAlives;
    await new Promise((resolve) => setTimeout(resolve, idleTimeoutMs + 2_500));
    expect(deepgram.counts.keepAlives).toBeGreaterThan(keepAlivesBefore);
    expect(deepgram.connections).toHaveLength(1);
    expect(deepgram.connections[0]?.closedWith).toBeNull();
    await saveScreenshot(page, "candidate-speech-04-paused");
    await page.getByRole("button", { name: "Resume recording" }).click();

    // The first answer has no outcome: Next (still offered as "Done? Next question", or plain
    // again if the fake heard words after the resume) opens a follow-up to it, not question 2.
    await page.getByRole("button", { name: /^(Done\? )?Next question$/ }).click();
    await page.getByText(/^Question 1 of \d+ · Follow-up$/).waitFor();
    expect(await doneHint.count()).toBe(0);
    await saveScreenshot(page, "candidate-speech-05-follow-up");

    // During the follow-up the socket drops and the old token has expired: a new token opens a
    // new socket, and what is said next belongs to the follow-up.
    deepgram.expireAllTokens();
    deepgram.closeAll(1011, "NET-0001");
    await waitUntil(() => deepgram.connections.length === 2, "the client reconnects");
    expect(deepgram.counts.grants).toBe(2);
    deepgram.setScript(afterReconnect);
    await page.getByText(afterReconnect[0] ?? "").waitFor({ timeout: 10_000 });
    await saveScreenshot(page, "candidate-speech-06-after-reconnect");

    // Meanwhile a recruiter of the company listens in (the room itself has no server here).
    const recruiterContext = await newContext(browser(), {
      baseUrl: app.baseUrl,
      expectedErrors: unreachableRoom,
    });
    await signInContext(recruiterContext, { ...app.seed.recruiter, baseUrl: app.baseUrl });
    const recruiterPage = await recruiterContext.newPage();
    await recruiterPage.goto(`/interviews/${app.seed.interviewId}`);
    await recruiterPage.getByRole("button", { name: "Listen in" }).click();
    const listening = recruiterPage.getByTestId("listen-state");
    await listening.waitFor();
    expect(await listening.textContent()).toContain(`interview-${app.seed.interviewId}`);
    await saveScreenshot(recruiterPage, "candidate-speech-07-recruiter-listens");
    await recruiterContext.close();

    // One follow-up is the default limit: Next goes on to question 2.
    await page.getByRole("button", { name: /^(Done\? )?Next question$/ }).click();
    await page.getByText(/^Question 2 of \d+$/).waitFor();
    deepgram.setScript(secondQuestion);
    await page.getByText(secondQuestion[0] ?? "").waitFor({ timeout: 10_000 });
    expect(await indicator.getAttribute("data-state")).toBe("recording");

    // The rest stay unanswered (a follow-up included): move through them and finish.
    const rest = await moveThroughQuestions(page);
    expect(rest[0]?.progress).toMatch(/^Question 2 of/);
    await page.getByTestId("candidate-report").waitFor({ timeout: 30_000 });
    await saveScreenshot(page, "candidate-speech-08-report");

    const headers = { authorization: `Bearer ${app.seed.apiToken}` };
    const saved = (await fetch(
      `${app.baseUrl}/api/interviews/${app.seed.interviewId}/transcripts`,
      { headers },
    ).then((response) => response.json())) as { segments: { text: string; questionId: string }[] };
    const { questions } = (await fetch(
      `${app.baseUrl}/api/interviews/${app.seed.interviewId}/questions`,
      { headers },
    ).then((response) => response.json())) as {
      questions: { id: string; parentQuestionId: string | null }[];
    };
    const [first, followUp, second] = questions;
    expect(followUp?.parentQuestionId).toBe(first?.id);
    expect(second?.parentQuestionId).toBeNull();
    expect(saved.segments.map((segment) => segment.text)).toEqual([
      ...firstLines,
      ...afterReconnect,
      ...secondQuestion,
    ]);
    expect(saved.segments.map((segment) => segment.questionId)).toEqual([
      ...Array(firstLines.length).fill(first?.id),
      ...Array(afterReconnect.length).fill(followUp?.id),
      second?.id,
    ]);

    // Everything the browser received: pages, scripts, API answers (tokens included).
    const bodies = await Promise.all(received);
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.some((body) => body.includes('"room":"interview-'))).toBe(true);
    // Nor any line the server logged.
    const logs = app.logs();
    expect(logs).toContain("Ready");
    for (const secret of [deepgram.apiKey, livekit.secret]) {
      expect(bodies.filter((body) => body.includes(secret))).toEqual([]);
      expect(logs).not.toContain(secret);
    }
    await context.close();
  });
});
