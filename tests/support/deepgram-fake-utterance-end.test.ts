// The Deepgram fake's UtteranceEnd, as Deepgram documents it: only for a client that asked for
// `utterance_end_ms` with interim results, once per pause, after that long without words
// following a final word, measured on the audio's own timeline.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startDeepgramFakeServer } from "./deepgram-fake-server";

// linear16 at 16 kHz mono: 32,000 bytes a second, so one 3,200-byte step is 100 ms of audio.
const fake = await startDeepgramFakeServer({ bytesPerStep: 3_200, wordsPerStep: 4 });
afterAll(() => fake.close());
beforeEach(() => fake.reset());

type Message = { type: string; is_final?: boolean; last_word_end?: number; channel?: unknown };

async function openListen(query: Record<string, string>) {
  const params = new URLSearchParams({
    model: "nova-3",
    encoding: "linear16",
    sample_rate: "16000",
    channels: "1",
    ...query,
  });
  const ws = new WebSocket(`${fake.wsUrl}?${params}`, ["token", fake.apiKey]);
  const messages: Message[] = [];
  ws.on("message", (data) => messages.push(JSON.parse(data.toString())));
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  /** Sends `seconds` of audio in 100 ms frames and waits until the fake has taken it all. */
  const speak = async (seconds: number) => {
    const before = fake.counts.audioBytes;
    const frames = Math.round(seconds * 10);
    for (let frame = 0; frame < frames; frame++) ws.send(Buffer.alloc(3_200));
    while (fake.counts.audioBytes < before + frames * 3_200) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { ws, messages, speak };
}

const utteranceEnds = (messages: Message[]) => messages.filter((m) => m.type === "UtteranceEnd");
const asked = { interim_results: "true", utterance_end_ms: "1000" };

describe("the Deepgram fake's UtteranceEnd", () => {
  it("follows the last final word once the silence after it reaches utterance_end_ms", async () => {
    fake.setScript(["We shipped it on time."]);
    const { ws, messages, speak } = await openListen(asked);
    // Five words at four a step: interim, interim, then final at 0.3 s with the last word ending there.
    await speak(0.3);
    const final = messages.find((m) => m.type === "Results" && m.is_final) as
      | (Message & { channel: { alternatives: { words: { end: number }[] }[] } })
      | undefined;
    const lastWordEnd = final?.channel.alternatives[0]?.words.at(-1)?.end;
    expect(lastWordEnd).toBe(0.3);
    await speak(0.9);
    expect(utteranceEnds(messages)).toEqual([]);
    await speak(0.1);
    expect(utteranceEnds(messages)).toEqual([
      { type: "UtteranceEnd", channel: [0, 1], last_word_end: lastWordEnd },
    ]);
    await speak(3);
    expect(utteranceEnds(messages)).toHaveLength(1);
    expect(fake.connections[0]?.utteranceEnds).toEqual([lastWordEnd]);
    ws.close();
  });

  it("sends none between sentences spoken without a pause, nor before anything was said", async () => {
    const { ws, messages, speak } = await openListen(asked);
    await speak(2);
    expect(utteranceEnds(messages)).toEqual([]);
    fake.setScript(["First we measured.", "Then we fixed the index.", "It held."]);
    await speak(0.9);
    expect(messages.filter((m) => m.type === "Results" && m.is_final)).toHaveLength(3);
    expect(utteranceEnds(messages)).toEqual([]);
    await speak(1.2);
    expect(utteranceEnds(messages)).toHaveLength(1);
    ws.close();
  });

  it("sends a new one after each later pause that follows new words", async () => {
    fake.setScript(["One answer."]);
    const { ws, messages, speak } = await openListen(asked);
    await speak(1.5);
    fake.setScript(["And one more thing."]);
    await speak(1.5);
    expect(utteranceEnds(messages)).toHaveLength(2);
    ws.close();
  });

  it("sends none to a client that did not ask for it, or asked without interim results", async () => {
    const queries: Record<string, string>[] = [
      { interim_results: "true" },
      { utterance_end_ms: "1000" },
    ];
    for (const query of queries) {
      fake.setScript(["We shipped it on time."]);
      const { ws, messages, speak } = await openListen(query);
      await speak(2);
      expect(messages.some((m) => m.type === "Results")).toBe(true);
      expect(utteranceEnds(messages)).toEqual([]);
      ws.close();
    }
  });
});
