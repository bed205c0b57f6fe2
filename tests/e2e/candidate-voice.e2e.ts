// The interviewer's AI voice in Chromium: with Deepgram configured (the fake on 127.0.0.1), each
// question is played from a clip the server synthesised through /v1/speak, the page says the
// voice is AI-generated, and a second interview on the same questions is served from storage:
// no new speak request.
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

const e2e = getE2eContext();

type VoiceLog = { plays: number; playing: number; ended: number; synthesized: number };
declare global {
  interface Window {
    voiceLog: VoiceLog;
  }
}

/** Counts what the page's media elements really did, and any fallback to the browser's voice. */
function recordVoice() {
  window.voiceLog = { plays: 0, playing: 0, ended: 0, synthesized: 0 };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    window.voiceLog.plays += 1;
    this.addEventListener("playing", () => window.voiceLog.playing++, { once: true });
    this.addEventListener("ended", () => window.voiceLog.ended++, { once: true });
    return play.call(this);
  };
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    window.voiceLog.synthesized += 1;
    speak(utterance);
  };
}

describe.skipIf(e2e.isSkipped)("the interviewer's AI voice", () => {
  const { browser } = useBrowser();
  let deepgram: DeepgramFakeServer;
  let app: AppServer;
  const headers = () => ({
    authorization: `Bearer ${app.seed.apiToken}`,
    "content-type": "application/json",
  });

  beforeAll(async () => {
    deepgram = await startDeepgramFakeServer();
    app = await startAppServer({
      env: {
        DEEPGRAM_API_KEY: deepgram.apiKey,
        DEEPGRAM_BASE_URL: deepgram.url,
        DEEPGRAM_LISTEN_URL: deepgram.wsUrl,
        // The same questions in both interviews: no follow-up written from the answers.
        FOLLOW_UPS_PER_QUESTION: "0",
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await deepgram?.close();
  });

  async function listQuestionTexts(
    interviewId: string,
  ): Promise<{ id: string; content: string }[]> {
    const response = await fetch(`${app.baseUrl}/api/interviews/${interviewId}/questions`, {
      headers: headers(),
    });
    return ((await response.json()) as { questions: { id: string; content: string }[] }).questions;
  }

  /** A second invite whose questions a recruiter reworded to the first interview's, in order. */
  async function inviteWithSameQuestions(texts: string[]): Promise<string> {
    const created = await fetch(`${app.baseUrl}/api/interviews`, {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({
        positionId: app.seed.positionIds[0],
        candidateName: "Second Candidate",
        candidateEmail: "second.candidate@example.com",
        questionCount: texts.length,
      }),
    });
    expect(created.status).toBe(201);
    const { id, inviteUrl } = (await created.json()) as { id: string; inviteUrl: string };
    const questions = await listQuestionTexts(id);
    for (const [index, question] of questions.entries()) {
      const reworded = await fetch(`${app.baseUrl}/api/interviews/${id}/questions/${question.id}`, {
        method: "PATCH",
        headers: headers(),
        body: JSON.stringify({ content: texts[index] }),
      });
      expect(reworded.status).toBe(200);
    }
    expect((await listQuestionTexts(id)).map((question) => question.content)).toEqual(texts);
    return new URL(inviteUrl).pathname;
  }

  /** Takes an interview by typing nothing, each question heard to its end before moving on. */
  async function takeInterview(path: string, options: { screenshot?: string } = {}) {
    const context = await newContext(browser(), { baseUrl: app.baseUrl });
    await context.addInitScript(recordVoice);
    const page = await context.newPage();
    const speechStatuses: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/speech")) speechStatuses.push(response.status());
    });
    await page.goto(path);
    await page.getByLabel("I understand and agree").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Type my answers").check();
    await page.getByRole("button", { name: "Start the interview" }).click();

    let opened = 0;
    const questions = await moveThroughQuestions(page, {
      onQuestion: async () => {
        opened += 1;
        // Each question is played once, as it opens: the nth question is heard to its end.
        await page.waitForFunction((count) => window.voiceLog.ended >= count, opened);
        if (opened > 1) return;
        const notice = page.getByText("The interviewer's voice is AI-generated.");
        expect(await notice.isVisible()).toBe(true);
        if (options.screenshot) await saveScreenshot(page, options.screenshot);
      },
    });
    const voice = await readVoiceLog(page);
    await context.close();
    return { questions, voice, speechStatuses };
  }

  it("plays each question from a stored clip, and a second interview on the same questions calls Deepgram no more", async () => {
    const texts = (await listQuestionTexts(app.seed.interviewId)).map((q) => q.content);
    expect(texts.length).toBeGreaterThan(1);

    const first = await takeInterview(`/interview/${app.seed.inviteToken}`, {
      screenshot: "candidate-voice-01-question",
    });
    expect(first.questions.map((question) => question.heading)).toEqual(texts);
    // Heard through the page's audio element, to the end, never through the browser's own voice.
    expect(first.voice).toMatchObject({
      playing: texts.length,
      ended: texts.length,
      synthesized: 0,
    });
    expect(first.speechStatuses.every((status) => status === 200)).toBe(true);
    const firstRun = deepgram.countSpeaks();
    expect(firstRun).toBe(texts.length);
    for (const text of texts) expect(deepgram.countSpeaks(text)).toBe(1);
    expect(deepgram.speakRequests.every((request) => request.model === "aura-2-thalia-en")).toBe(
      true,
    );

    const second = await takeInterview(await inviteWithSameQuestions(texts));
    expect(second.voice).toMatchObject({ ended: texts.length, synthesized: 0 });
    const secondRun = deepgram.countSpeaks() - firstRun;
    expect(secondRun).toBe(0);
    console.info(`TTS requests: first interview ${firstRun}, second interview ${secondRun}`);
  });
});

function readVoiceLog(page: Page): Promise<VoiceLog> {
  return page.evaluate(() => window.voiceLog);
}
