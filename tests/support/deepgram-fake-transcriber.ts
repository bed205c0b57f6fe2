// The fake's "speech recognition": it cannot hear, so each connection reads the next sentence of
// a script shared by all connections (a reconnect continues where the candidate left off) and
// reveals it as audio arrives, the way Deepgram's interim results grow into a final one. Audio
// after the script's last line is silence: once it outlasts `utterance_end_ms` after the last
// final word, UtteranceEnd follows, as Deepgram measures it (on the audio's timeline).
import { createHash } from "node:crypto";
import {
  buildMetadata,
  buildResults,
  buildUtteranceEnd,
  type StreamInfo,
  timeWords,
} from "./deepgram-fake-messages";

/** Sentences still to be "spoken"; `nextIndex` moves on when a sentence is sent as final. */
export type Script = { lines: string[]; nextIndex: number };

export type TranscriberOptions = {
  script: Script;
  stream: StreamInfo;
  params: URLSearchParams;
  /** Audio bytes that advance the transcript by one message. */
  bytesPerStep: number;
  /** Words a step reveals. */
  wordsPerStep: number;
  /** Audio rate for compressed input (webm/opus, the browser's default), to time the words. */
  compressedBytesPerSecond: number;
  send(message: unknown): void;
  onFinal(transcript: string): void;
  onUtteranceEnd(lastWordEndSeconds: number): void;
};

export class ScriptedTranscriber {
  private readonly options: TranscriberOptions;
  private readonly audioHash = createHash("sha256");
  private readonly bytesPerSecond: number;
  private readonly createdAt = new Date();
  private audioSeconds = 0;
  private segmentStartSeconds = 0;
  private pendingBytes = 0;
  private revealed = { lines: [] as string[], index: -1, words: 0 };
  /** Gap (s) that ends an utterance; null when the client did not ask for UtteranceEnd. */
  private readonly utteranceEndSeconds: number | null;
  /** End of the last final word, until an UtteranceEnd reports it or more words come. */
  private lastWordEndSeconds: number | null = null;

  constructor(options: TranscriberOptions) {
    this.options = options;
    this.bytesPerSecond = readBytesPerSecond(options.params, options.compressedBytesPerSecond);
    this.utteranceEndSeconds = readUtteranceEndSeconds(options.params);
  }

  receiveAudio(chunk: Buffer): void {
    this.audioHash.update(chunk);
    this.audioSeconds += chunk.length / this.bytesPerSecond;
    this.pendingBytes += chunk.length;
    while (this.pendingBytes >= this.options.bytesPerStep) {
      this.pendingBytes -= this.options.bytesPerStep;
      this.step();
    }
    this.checkUtteranceEnd();
  }

  /** Finalize: whatever was heard of the current sentence becomes final (the whole sentence here). */
  flush(options: { isFromFinalize: boolean }): void {
    const hasUnsentAudio = this.audioSeconds > this.segmentStartSeconds;
    const words = this.currentWords();
    this.pendingBytes = 0;
    if (!hasUnsentAudio || !words) return;
    this.sendFinal({ words, isSpeechFinal: false, isFromFinalize: options.isFromFinalize });
  }

  /** CloseStream: the last results, then the summary Deepgram sends before closing with 1000. */
  finish(): void {
    this.flush({ isFromFinalize: false });
    this.options.send(
      buildMetadata({
        stream: this.options.stream,
        sha256: this.audioHash.copy().digest("hex"),
        createdAt: this.createdAt,
        durationSeconds: this.audioSeconds,
      }),
    );
  }

  private step(): void {
    const words = this.currentWords();
    if (!words) return;
    // One step shows the whole sentence as interim before the next makes it final, as Deepgram does.
    if (this.revealed.words < words.length) {
      this.revealed.words = Math.min(words.length, this.revealed.words + this.options.wordsPerStep);
      this.lastWordEndSeconds = null;
      if (this.options.params.get("interim_results") === "true") {
        this.sendResults({ words: words.slice(0, this.revealed.words), isFinal: false });
      }
      return;
    }
    this.sendFinal({ words, isSpeechFinal: true, isFromFinalize: false });
  }

  /** The sentence being spoken now, or null once the script is exhausted. */
  private currentWords(): string[] | null {
    const { script } = this.options;
    const line = script.lines[script.nextIndex];
    if (line === undefined) return null;
    if (this.revealed.lines !== script.lines || this.revealed.index !== script.nextIndex) {
      this.revealed = { lines: script.lines, index: script.nextIndex, words: 0 };
    }
    return line.split(/\s+/).filter(Boolean);
  }

  private sendFinal(options: { words: string[]; isSpeechFinal: boolean; isFromFinalize: boolean }) {
    const timed = this.sendResults({ ...options, isFinal: true });
    this.options.onFinal(timed.map((word) => word.punctuated_word ?? word.word).join(" "));
    this.options.script.nextIndex += 1;
    this.segmentStartSeconds = this.audioSeconds;
    this.lastWordEndSeconds = timed.at(-1)?.end ?? this.lastWordEndSeconds;
  }

  /** One UtteranceEnd per pause: after a gap of `utterance_end_ms` since the last final word. */
  private checkUtteranceEnd(): void {
    const lastWordEnd = this.lastWordEndSeconds;
    if (this.utteranceEndSeconds === null || lastWordEnd === null) return;
    if (this.audioSeconds - lastWordEnd < this.utteranceEndSeconds) return;
    this.lastWordEndSeconds = null;
    this.options.send(buildUtteranceEnd({ lastWordEndSeconds: lastWordEnd }));
    this.options.onUtteranceEnd(lastWordEnd);
  }

  private sendResults(options: {
    words: string[];
    isFinal: boolean;
    isSpeechFinal?: boolean;
    isFromFinalize?: boolean;
  }) {
    const { params } = this.options;
    const words = timeWords({
      words: options.words,
      startSeconds: this.segmentStartSeconds,
      endSeconds: this.audioSeconds,
      isPunctuated: params.get("punctuate") === "true" || params.get("smart_format") === "true",
    });
    this.options.send(
      buildResults({
        stream: this.options.stream,
        words,
        startSeconds: this.segmentStartSeconds,
        durationSeconds: this.audioSeconds - this.segmentStartSeconds,
        isFinal: options.isFinal,
        isSpeechFinal: options.isSpeechFinal ?? false,
        isFromFinalize: options.isFromFinalize ?? false,
      }),
    );
    return words;
  }
}

/** Deepgram derives UtteranceEnd from interim results: without them it sends none. */
function readUtteranceEndSeconds(params: URLSearchParams): number | null {
  const ms = Number(params.get("utterance_end_ms"));
  const isAsked = params.has("utterance_end_ms") && params.get("interim_results") === "true";
  return isAsked && ms > 0 ? ms / 1000 : null;
}

/** Raw encodings declare their rate in the query; containers (webm, ogg) are estimated. */
function readBytesPerSecond(params: URLSearchParams, compressedBytesPerSecond: number): number {
  const sampleRate = Number(params.get("sample_rate"));
  const channels = Number(params.get("channels") ?? "1") || 1;
  const bytesPerSample = { linear16: 2, linear32: 4, mulaw: 1, alaw: 1 }[
    params.get("encoding") ?? ""
  ];
  if (bytesPerSample && sampleRate > 0) return sampleRate * channels * bytesPerSample;
  return compressedBytesPerSecond;
}
