// Server messages of Deepgram's live API (/v1/listen), shaped as its documentation shows them:
// `Results`, `UtteranceEnd` and the closing `Metadata`. The fake server sends only these.

export type ModelInfo = { name: string; version: string; arch: string };
export type StreamInfo = { requestId: string; modelUuid: string; modelInfo: ModelInfo };

export type Word = {
  word: string;
  start: number;
  end: number;
  confidence: number;
  punctuated_word?: string;
};

/** What Deepgram reports for a model name it knows ("nova-3" → arch nova-3, name general-nova-3). */
export function describeModel(model: string): ModelInfo {
  const arch = model.replace(/-(general|meeting|phonecall|medical)$/, "");
  return { name: `general-${arch}`, version: "2025-01-01.0", arch };
}

/**
 * Spreads words evenly over [startSeconds, endSeconds]. Without punctuate/smart_format Deepgram
 * returns bare lower-case words and no `punctuated_word`.
 */
export function timeWords(options: {
  words: string[];
  startSeconds: number;
  endSeconds: number;
  isPunctuated: boolean;
}): Word[] {
  const { words, startSeconds, endSeconds } = options;
  const span = (endSeconds - startSeconds) / Math.max(1, words.length);
  return words.map((text, index) => {
    const word: Word = {
      word: toBareWord(text),
      start: round(startSeconds + index * span),
      end: round(startSeconds + (index + 1) * span),
      confidence: round(0.97 + ((index * 7) % 3) / 100),
    };
    if (options.isPunctuated) word.punctuated_word = text;
    return word;
  });
}

export function buildResults(options: {
  stream: StreamInfo;
  words: Word[];
  startSeconds: number;
  durationSeconds: number;
  isFinal: boolean;
  isSpeechFinal: boolean;
  isFromFinalize: boolean;
}) {
  const { stream, words } = options;
  const transcript = words.map((word) => word.punctuated_word ?? word.word).join(" ");
  return {
    type: "Results",
    channel_index: [0, 1],
    duration: round(options.durationSeconds),
    start: round(options.startSeconds),
    is_final: options.isFinal,
    speech_final: options.isSpeechFinal,
    channel: {
      alternatives: [{ transcript, confidence: words.length > 0 ? 0.98 : 0, words }],
    },
    metadata: {
      request_id: stream.requestId,
      model_info: stream.modelInfo,
      model_uuid: stream.modelUuid,
    },
    from_finalize: options.isFromFinalize,
  };
}

/**
 * Sent when the client asked for `utterance_end_ms` (with interim results) and that long passed
 * after the last final word; `channel` is [index, count], `last_word_end` in seconds.
 */
export function buildUtteranceEnd(options: { lastWordEndSeconds: number }) {
  return {
    type: "UtteranceEnd",
    channel: [0, 1],
    last_word_end: round(options.lastWordEndSeconds),
  };
}

/** The last message before Deepgram closes a stream that the client ended with CloseStream. */
export function buildMetadata(options: {
  stream: StreamInfo;
  sha256: string;
  createdAt: Date;
  durationSeconds: number;
}) {
  const { stream } = options;
  return {
    type: "Metadata",
    transaction_key: "deprecated",
    request_id: stream.requestId,
    sha256: options.sha256,
    created: options.createdAt.toISOString(),
    duration: round(options.durationSeconds),
    channels: 1,
    models: [stream.modelUuid],
    model_info: { [stream.modelUuid]: stream.modelInfo },
  };
}

function toBareWord(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, "");
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
