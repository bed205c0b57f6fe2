// One live-transcription socket on the Deepgram fake: binary frames are audio, text frames are
// the control messages KeepAlive, Finalize and CloseStream, and silence closes it with NET-0001.
// With `interim_results=true&utterance_end_ms=N`, a pause of N ms after words sends UtteranceEnd.
import type { RawData, WebSocket } from "ws";
import type { StreamInfo } from "./deepgram-fake-messages";
import { type Script, ScriptedTranscriber } from "./deepgram-fake-transcriber";

/** What the fake recorded about one connection; plain JSON, so the CLI can print it. */
export type FakeConnection = {
  requestId: string;
  params: Record<string, string>;
  auth: "api_key" | "temporary_token";
  via: "header" | "subprotocol";
  keepAlives: number;
  audioBytes: number;
  /** Transcripts of the final Results sent, in order. */
  finals: string[];
  /** `last_word_end` of each UtteranceEnd sent, in order. */
  utteranceEnds: number[];
  closedWith: { code: number; reason: string; by: "server" | "client" } | null;
};

// Deepgram's wording for the idle close; clients match on the NET-0001 code.
export const idleCloseReason =
  "NET-0001: Deepgram did not receive audio data or a text message within the timeout window.";

export function acceptListenConnection(options: {
  ws: WebSocket;
  params: URLSearchParams;
  auth: FakeConnection["auth"];
  via: FakeConnection["via"];
  stream: StreamInfo;
  script: Script;
  counts: { keepAlives: number; audioBytes: number };
  idleTimeoutMs: number;
  bytesPerStep: number;
  wordsPerStep: number;
  compressedBytesPerSecond: number;
}): { connection: FakeConnection; close(code: number, reason?: string): void } {
  const { ws, counts } = options;
  const connection: FakeConnection = {
    requestId: options.stream.requestId,
    params: Object.fromEntries(options.params),
    auth: options.auth,
    via: options.via,
    keepAlives: 0,
    audioBytes: 0,
    finals: [],
    utteranceEnds: [],
    closedWith: null,
  };
  let isClosingByServer = false;
  let isStreamClosed = false;
  // 1006 is never sent on the wire: it means the connection dropped, so drop it.
  const closeByServer = (code: number, reason = "") => {
    isClosingByServer = true;
    if (code === 1006) ws.terminate();
    else ws.close(code, reason);
  };
  const transcriber = new ScriptedTranscriber({
    ...options,
    send: (message) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    },
    onFinal: (transcript) => connection.finals.push(transcript),
    onUtteranceEnd: (lastWordEndSeconds) => connection.utteranceEnds.push(lastWordEndSeconds),
  });

  let idleTimer: NodeJS.Timeout | undefined;
  const resetIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => closeByServer(1011, idleCloseReason), options.idleTimeoutMs);
    idleTimer.unref();
  };
  resetIdleTimer();

  ws.on("message", (data: RawData, isBinary: boolean) => {
    if (isStreamClosed) return;
    const chunk = toBuffer(data);
    if (isBinary) {
      connection.audioBytes += chunk.length;
      counts.audioBytes += chunk.length;
      resetIdleTimer();
      transcriber.receiveAudio(chunk);
      return;
    }
    const type = readControlType(chunk.toString("utf8"));
    if (type === "KeepAlive") {
      connection.keepAlives += 1;
      counts.keepAlives += 1;
      resetIdleTimer();
    } else if (type === "Finalize") {
      transcriber.flush({ isFromFinalize: true });
    } else if (type === "CloseStream") {
      isStreamClosed = true;
      transcriber.finish();
      closeByServer(1000);
    }
  });
  ws.on("close", (code, reason) => {
    clearTimeout(idleTimer);
    const by = isClosingByServer ? "server" : "client";
    connection.closedWith = { code, reason: reason.toString("utf8"), by };
  });
  return { connection, close: closeByServer };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

function readControlType(text: string): string | null {
  try {
    const message = JSON.parse(text) as { type?: unknown };
    return typeof message.type === "string" ? message.type : null;
  } catch {
    return null;
  }
}
