// One answer stream to Deepgram's live API from the browser. The socket authenticates with a
// short-lived token (the `bearer` subprotocol); the master key never reaches the browser. A pause
// for thought does not end anything here: Deepgram's UtteranceEnd (a gap after the last word)
// is passed on as a hint, and only the caller decides when an answer is over.
import { z } from "zod";
import { CandidateApiError, type SttToken } from "./candidate-api";
import { pcmSampleRate } from "./pcm-capture";

export type LiveState = "connecting" | "open" | "reconnecting" | "stopped" | "failed";

export type FinalSegment = { text: string; startMs: number; endMs: number };

const resultSchema = z.object({
  type: z.literal("Results"),
  is_final: z.boolean().optional(),
  from_finalize: z.boolean().optional(),
  start: z.number(),
  duration: z.number(),
  channel: z.object({
    alternatives: z.array(z.object({ transcript: z.string() })).min(1),
  }),
});

/** Sent when `utterance_end_ms` was asked for: `channel` is [index, count] (Deepgram's docs). */
const utteranceEndSchema = z.object({
  type: z.literal("UtteranceEnd"),
  channel: z.array(z.number()),
  last_word_end: z.number(),
});

/**
 * Deepgram closes a stream after about 10 s without audio or a message (close 1011). A KeepAlive
 * after 2.5 s of silence, checked twice a second, leaves at most 3 s between frames.
 */
const keepAliveAfterMs = 2_500;
const keepAliveCheckMs = 500;
const maxBufferedMs = 60_000;
const maxReconnectDelayMs = 5_000;
const giveUpAfterFailures = 8;
/** Refusals that retrying cannot change: the budget is spent, or the interview is over. */
const finalRefusals = new Set([
  "stt_budget_exhausted",
  "interview_time_limit",
  "interview_not_in_progress",
]);

export class DeepgramLive {
  private socket: WebSocket | null = null;
  private stopped = false;
  private failures = 0;
  /** When the last frame (audio or KeepAlive) went out. */
  private lastFrameAt = 0;
  private keepAliveTimer: ReturnType<typeof setInterval> | null = null;
  /** Audio said while no socket was open: sent first on the next one, so nothing is lost. */
  private backlog: ArrayBuffer[] = [];
  private backlogMs = 0;
  /** Stream time (ms of audio sent before this socket opened), to place results on one clock. */
  private streamOffsetMs = 0;
  private sentMs = 0;
  private finalizeWaiters: (() => void)[] = [];
  /** The words Deepgram has heard but not finalised: kept if the socket drops before it does. */
  private interim: FinalSegment | null = null;

  constructor(
    private readonly options: {
      getToken: () => Promise<SttToken>;
      /** Audio time at which this stream starts, on the interview's clock. */
      clockStartMs: number;
      /** Silence after the last word that makes Deepgram send UtteranceEnd (≥ 1000 ms). */
      utteranceEndMs: number;
      onInterim: (text: string) => void;
      onUtteranceEnd: () => void;
      onFinal: (segment: FinalSegment) => void;
      onState: (state: LiveState, detail?: string) => void;
    },
  ) {}

  start() {
    this.keepAliveTimer = setInterval(() => this.keepAlive(), keepAliveCheckMs);
    void this.connect("connecting");
  }

  sendAudio(pcm: ArrayBuffer, durationMs: number) {
    if (this.stopped) return;
    const socket = this.socket;
    if (socket?.readyState === WebSocket.OPEN) {
      socket.send(pcm);
      this.sentMs += durationMs;
      this.lastFrameAt = Date.now();
      return;
    }
    this.backlog.push(pcm);
    this.backlogMs += durationMs;
    while (this.backlogMs > maxBufferedMs && this.backlog.length > 0) {
      this.backlog.shift();
      this.backlogMs -= durationMs;
    }
  }

  /** Asks Deepgram for what it has so far as a final result; resolves when it came or after 2 s. */
  finalize(): Promise<void> {
    const socket = this.socket;
    if (socket?.readyState !== WebSocket.OPEN) return Promise.resolve();
    socket.send(JSON.stringify({ type: "Finalize" }));
    return new Promise((resolve) => {
      const timer = setTimeout(done, 2_000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.finalizeWaiters.push(done);
    });
  }

  stop() {
    this.stopped = true;
    this.keepInterim();
    if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
    const socket = this.socket;
    this.socket = null;
    if (socket?.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: "CloseStream" }));
      socket.close(1000, "answer finished");
    } else socket?.close();
    this.options.onState("stopped");
  }

  private keepAlive() {
    const socket = this.socket;
    if (socket?.readyState !== WebSocket.OPEN) return;
    // Audio resets Deepgram's idle timer too; KeepAlive covers the stretches without it.
    if (Date.now() - this.lastFrameAt >= keepAliveAfterMs) {
      socket.send(JSON.stringify({ type: "KeepAlive" }));
      this.lastFrameAt = Date.now();
    }
  }

  private async connect(state: "connecting" | "reconnecting") {
    if (this.stopped) return;
    this.options.onState(state);
    let token: SttToken;
    try {
      token = await this.options.getToken();
    } catch (error) {
      if (error instanceof CandidateApiError && finalRefusals.has(error.code)) {
        this.stopped = true;
        this.options.onState("failed", error.message);
        return;
      }
      this.scheduleReconnect(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.stopped) return;
    const url = new URL(token.listenUrl);
    const params: Record<string, string> = {
      model: token.model,
      language: token.language,
      encoding: "linear16",
      sample_rate: String(pcmSampleRate),
      channels: "1",
      // utterance_end_ms needs interim results: Deepgram measures the gap on their word timings.
      interim_results: "true",
      utterance_end_ms: String(this.options.utteranceEndMs),
      punctuate: "true",
      smart_format: "true",
    };
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    const socket = new WebSocket(url, ["bearer", token.token]);
    socket.binaryType = "arraybuffer";
    this.socket = socket;

    socket.onopen = () => {
      this.failures = 0;
      this.streamOffsetMs = this.sentMs;
      this.lastFrameAt = Date.now();
      this.options.onState("open");
      for (const pcm of this.backlog) socket.send(pcm);
      this.sentMs += this.backlogMs;
      this.backlog = [];
      this.backlogMs = 0;
    };
    socket.onmessage = (message) => this.handleMessage(message.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.keepInterim();
      // 1011 is Deepgram's idle close (NET-0001); any close here gets a fresh token and socket.
      this.scheduleReconnect(`closed ${event.code}${event.reason ? `: ${event.reason}` : ""}`);
    };
  }

  private keepInterim() {
    const interim = this.interim;
    this.interim = null;
    this.options.onInterim("");
    if (interim) this.options.onFinal(interim);
  }

  private scheduleReconnect(reason: string) {
    this.failures += 1;
    if (this.failures > giveUpAfterFailures) {
      this.stopped = true;
      this.options.onState("failed", reason);
      return;
    }
    const delay = Math.min(maxReconnectDelayMs, 250 * 2 ** (this.failures - 1));
    this.options.onState("reconnecting", reason);
    setTimeout(() => void this.connect("reconnecting"), delay);
  }

  private handleMessage(data: unknown) {
    if (typeof data !== "string") return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    if (utteranceEndSchema.safeParse(json).success) {
      this.options.onUtteranceEnd();
      return;
    }
    const parsed = resultSchema.safeParse(json);
    if (!parsed.success) return;
    const result = parsed.data;
    const text = result.channel.alternatives[0]?.transcript.trim() ?? "";
    const at = this.options.clockStartMs + this.streamOffsetMs;
    const segment = {
      text,
      startMs: Math.round(at + result.start * 1000),
      endMs: Math.round(at + (result.start + result.duration) * 1000),
    };
    if (!result.is_final) {
      this.interim = text ? segment : null;
      this.options.onInterim(text);
      return;
    }
    this.interim = null;
    this.options.onInterim("");
    if (text) this.options.onFinal(segment);
    if (result.from_finalize) {
      for (const resolve of this.finalizeWaiters.splice(0)) resolve();
    }
  }
}
