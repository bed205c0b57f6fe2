// Answer recording in the embedded default (no LiveKit: the browser records). The company records
// audio, the candidate agrees on the consent screen, and the fake microphone is recorded with
// MediaRecorder while the Deepgram fake transcribes the same answers. A reload mid-answer keeps
// the part recorded so far and records the rest as a second part. On the recruiter's report each
// recording plays (a real duration from the rewritten WebM header), and a click on a transcript
// segment or an evidence quote seeks its player to where it was said.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DeepgramFakeServer,
  startDeepgramFakeServer,
} from "@/tests/support/deepgram-fake-server";
import { type AppServer, startAppServer } from "./support/app-server";
import { newContext } from "./support/browser";
import { getE2eContext, useBrowser } from "./support/e2e-context";
import { moveThroughQuestions } from "./support/move-through-questions";
import { saveScreenshot } from "./support/screenshots";
import { signInContext } from "./support/sign-in";

const e2e = getE2eContext();
const beforeReload = ["I would first measure where the latency comes from with tracing."];
const afterReload = ["Then I would cache the catalogue reads for ten minutes."];
const secondAnswer = ["I would compare the slow traces with the deploy diff."];

async function allowMicrophoneAndStart(page: Page) {
  await page.getByRole("button", { name: "Allow microphone" }).click();
  await page.getByRole("meter", { name: "Microphone level" }).waitFor();
  await page.getByRole("button", { name: /^(Start|Resume) the interview$/ }).click();
}

/** The player that is playing (paused at once, so its position can be read), its index and offset. */
async function findPlaying(page: Page) {
  const playing = await page.waitForFunction(() => {
    const audios = [
      ...document.querySelectorAll<HTMLAudioElement>('[data-testid="answer-recording"]'),
    ];
    const index = audios.findIndex((audio) => !audio.paused && audio.currentTime > 0);
    const audio = audios[index];
    if (!audio) return null;
    audio.pause();
    return { index, currentTime: audio.currentTime, offsetMs: Number(audio.dataset.clockOffsetMs) };
  });
  return (await playing.jsonValue()) as { index: number; currentTime: number; offsetMs: number };
}

describe.skipIf(e2e.isSkipped)("recording answers in the browser", () => {
  const { browser } = useBrowser();
  let deepgram: DeepgramFakeServer;
  let app: AppServer;
  const recordingsDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-recordings-"));

  beforeAll(async () => {
    deepgram = await startDeepgramFakeServer({ idleTimeoutMs: 8_000 });
    app = await startAppServer({
      env: {
        DEEPGRAM_API_KEY: deepgram.apiKey,
        DEEPGRAM_BASE_URL: deepgram.url,
        DEEPGRAM_LISTEN_URL: deepgram.wsUrl,
        STT_UTTERANCE_END_MS: "1000",
        RECORDINGS_DIR: recordingsDir,
        FOLLOW_UPS_PER_QUESTION: "0",
      },
    });
    const turnedOn = await fetch(`${app.baseUrl}/api/companies/${app.seed.companyId}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${app.seed.apiToken}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ recordingMode: "audio" }),
    });
    expect(turnedOn.status).toBe(200);
  });
  afterAll(async () => {
    await app?.stop();
    await deepgram?.close();
    fs.rmSync(recordingsDir, { recursive: true, force: true });
  });

  it("records each answer, keeps both parts of a reloaded one, and the report's player seeks to a quote", async () => {
    const context = await newContext(browser(), { baseUrl: app.baseUrl });
    const page = await context.newPage();
    await page.goto(`/interview/${app.seed.inviteToken}`);
    await page.getByText("Recording your voice (optional)").waitFor();
    await saveScreenshot(page, "candidate-recording-01-consent");
    await page.getByLabel("I understand and agree").check();
    await page.getByLabel("Record the audio of my answers.").check();
    await page.getByRole("button", { name: "Continue" }).click();

    deepgram.setScript(beforeReload);
    await allowMicrophoneAndStart(page);
    await page.getByRole("button", { name: "Mute voice" }).click();
    await page.getByText(beforeReload[0] ?? "").waitFor({ timeout: 15_000 });
    // Past the first 3 s timeslice, so chunks of the first part reach the server.
    await page.waitForTimeout(4_000);

    await page.reload();
    deepgram.setScript(afterReload);
    await allowMicrophoneAndStart(page);
    await page.getByText(afterReload[0] ?? "").waitFor({ timeout: 15_000 });
    await page.waitForTimeout(4_000);
    await saveScreenshot(page, "candidate-recording-02-after-reload");
    await page.getByRole("button", { name: /^(Done\? )?Next question$/ }).click();
    await page.getByText(/^Question 2 of \d+$/).waitFor();
    deepgram.setScript(secondAnswer);
    await page.getByText(secondAnswer[0] ?? "").waitFor({ timeout: 15_000 });
    await page.waitForTimeout(3_500);
    await moveThroughQuestions(page);
    await page.getByTestId("candidate-report").waitFor({ timeout: 60_000 });
    await context.close();

    const recruiterContext = await newContext(browser(), { baseUrl: app.baseUrl });
    await signInContext(recruiterContext, { ...app.seed.recruiter, baseUrl: app.baseUrl });
    const report = await recruiterContext.newPage();
    await report.goto(`/interviews/${app.seed.interviewId}/report`);
    // A part finalised after completion is listed once its file is seekable: until then the
    // report says so, and a reload shows it (the condition, not a guess at how long it takes).
    for (let reloads = 0; await report.getByTestId("recordings-preparing").isVisible(); reloads++) {
      expect(reloads).toBeLessThan(60);
      await report.waitForTimeout(1_000);
      await report.reload();
    }
    const players = report.getByTestId("answer-recording");
    // Question 1 in two parts (the reload), then question 2, then one per unanswered question.
    expect(await players.count()).toBeGreaterThanOrEqual(3);
    const durations = await players.evaluateAll((elements) =>
      Promise.all(
        (elements as HTMLAudioElement[]).map(async (audio) => {
          if (audio.readyState < 1) {
            await new Promise((resolve) =>
              audio.addEventListener("loadedmetadata", resolve, { once: true }),
            );
          }
          return audio.duration;
        }),
      ),
    );
    for (const duration of durations) {
      expect(duration).toBeGreaterThan(0);
      expect(Number.isFinite(duration)).toBe(true);
    }
    await saveScreenshot(report, "candidate-recording-03-report");

    // The segment said after the reload plays in the second part of question 1, at its own time.
    const segment = report.getByRole("button", { name: new RegExp(afterReload[0] ?? "") }).first();
    const startMs = Number(await segment.getAttribute("data-start-ms"));
    const offsets = await report.evaluate(() =>
      [...document.querySelectorAll<HTMLAudioElement>('[data-testid="answer-recording"]')].map(
        (audio) => audio.currentTime,
      ),
    );
    expect(offsets.every((time) => time === 0)).toBe(true);
    await segment.focus();
    await report.keyboard.press("Enter");
    const seeked = await findPlaying(report);
    expect(seeked.index).toBe(1);
    expect(Math.abs(seeked.currentTime - (startMs - seeked.offsetMs) / 1000)).toBeLessThanOrEqual(
      1,
    );
    // The evidence quote said before the reload plays the first part.
    await report.getByRole("button", { name: new RegExp(`“${beforeReload[0]}`) }).click();
    expect((await findPlaying(report)).index).toBe(0);
    await saveScreenshot(report, "candidate-recording-04-seeked");
    await recruiterContext.close();
  });
});
