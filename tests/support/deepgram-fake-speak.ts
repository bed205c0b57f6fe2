// `POST /v1/speak` of the Deepgram fake: Aura text-to-speech over REST. Checks what the real
// service checks (credential, model, JSON body with `text` of at most 2000 characters) and
// answers a short MP3 built here: silent MPEG-1 Layer III frames, with a digest of the text in
// the first frame's ancillary bytes so each text has its own clip. Headers: audio/mpeg,
// dg-request-id, dg-model-name, dg-char-count (Aura-2 answers were also seen with x-dg- names;
// the app reads none of them). The 400 for an over-long text is an assumption, not documented.
import { createHash } from "node:crypto";
import type http from "node:http";
import { text as readText } from "node:stream/consumers";
import { z } from "zod";

export type SpeakRequest = { text: string; model: string; encoding: string; requestId: string };

/** The next `times` requests fail: with `status`, or (no status) cut off after some audio. */
export type SpeakFailure = { status?: number; times: number };

const speakBodySchema = z.object({ text: z.string().min(1).max(2000) });
// Deepgram's REST voices: aura-asteria-en (Aura 1), aura-2-thalia-en (Aura-2).
const modelPattern = /^aura-(2-)?[a-z]+-[a-z]{2}$/;

// 32 kbit/s, 48 kHz, mono: every frame is 144 * 32000 / 48000 = 96 bytes and 24 ms long.
const frameBytes = 96;
const frameHeader = [0xff, 0xfb, 0x14, 0xc4];
const sideInfoBytes = 17;

/** The clip the fake answers for `text`: 40 frames, about a second of silence. */
export function buildFakeSpeechClip(text: string, frameCount = 40): Buffer {
  const clip = Buffer.alloc(frameBytes * frameCount);
  for (let frame = 0; frame < frameCount; frame++) {
    clip.set(frameHeader, frame * frameBytes);
  }
  // All-zero side information: no Huffman data, so the rest of the frame is ancillary bytes.
  createHash("sha256")
    .update(text)
    .digest()
    .copy(clip, frameHeader.length + sideInfoBytes);
  return clip;
}

export async function handleSpeakRequest(options: {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  requestId: string;
  isAuthorized: boolean;
  onAccepted: (request: SpeakRequest) => void;
  failure: SpeakFailure;
  /** Resolves when the test lets the answer go (it holds them to line up concurrent requests). */
  waitToAnswer: () => Promise<void>;
  fail: (status: number, errCode: string, errMsg: string) => void;
}): Promise<void> {
  const { req, res, requestId, fail } = options;
  if (!options.isAuthorized) return fail(401, "INVALID_AUTH", "Invalid credentials.");
  const query = new URL(req.url ?? "/", "http://localhost").searchParams;
  const model = query.get("model") ?? "aura-asteria-en";
  if (!modelPattern.test(model)) {
    return fail(400, "INVALID_QUERY_PARAMETER", `No such model: ${model}.`);
  }
  const encoding = query.get("encoding") ?? "mp3";
  if (encoding !== "mp3") {
    return fail(400, "INVALID_QUERY_PARAMETER", "The fake answers encoding=mp3 only.");
  }
  const body = speakBodySchema.safeParse(parseJson(await readText(req)));
  if (!body.success) {
    return fail(400, "INVALID_TEXT", "The body must be JSON {text} of 1 to 2000 characters.");
  }
  const { text } = body.data;
  options.onAccepted({ text, model, encoding, requestId });
  await options.waitToAnswer();

  const clip = buildFakeSpeechClip(text);
  const failure = options.failure;
  const isFailing = failure.times > 0;
  if (isFailing) failure.times -= 1;
  if (isFailing && failure.status) {
    return fail(failure.status, "INTERNAL_SERVER_ERROR", "Injected failure.");
  }
  res.writeHead(200, {
    "content-type": "audio/mpeg",
    "dg-request-id": requestId,
    "dg-model-name": model,
    "dg-char-count": String(text.length),
  });
  // In pieces, as the real service streams: a client may play the first before the last arrives.
  const half = Math.floor(clip.length / 2);
  res.write(clip.subarray(0, half));
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (isFailing) {
    res.destroy();
    return;
  }
  res.end(clip.subarray(half));
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
