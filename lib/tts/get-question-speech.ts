import "server-only";
import {
  claimSpeechSynthesis,
  getSpeechClipByHash,
  insertSpeechClip,
  releaseSpeechSynthesis,
} from "@/lib/db/speech-clips";
import { hashSpeechClip } from "./speech-clip-hash";
import { synthesisTimeoutMs, synthesizeSpeech } from "./synthesize-speech";
import { ttsFailed } from "./tts-errors";

// Far above any question (Deepgram's 2000 characters are about 2 MB of MP3 at most): an upstream
// that keeps sending is not stored.
const maxClipBytes = 8 * 1024 * 1024;
/** A claim older than the longest synthesis belongs to an instance that died: it may be taken over. */
const claimStaleAfterMs = synthesisTimeoutMs + 10_000;
/** How often a request waiting on another instance's synthesis looks for the clip. */
const claimPollMs = 250;

export type QuestionSpeech = {
  /** The clip's hash, for the ETag. */
  hash: string;
  contentType: string;
  /** Null while the audio is still arriving from Deepgram. */
  byteLength: number | null;
  body: BodyInit;
  /** On a fresh synthesis: settles once the clip is stored, or given up (never rejects). */
  stored: Promise<void> | null;
};

type WholeClip = { contentType: string; audio: Uint8Array };

/** Clips being fetched or synthesised in this process: later requests wait for the first's outcome. */
const inFlight = new Map<string, Promise<WholeClip | Error>>();
type Settle = (outcome: WholeClip | Error) => void;

/**
 * The question read aloud in `voice`: from `speech_clips` when it was synthesised before, else
 * from Deepgram, streamed to the caller as it arrives and stored once complete. One synthesis per
 * clip at a time: requests in this process wait for the first one's clip, and across instances a
 * claim row decides which one calls Deepgram while the others wait for the stored clip.
 */
export async function getQuestionSpeech(options: {
  voice: string;
  text: string;
}): Promise<QuestionSpeech> {
  const hash = hashSpeechClip(options);
  const pending = inFlight.get(hash);
  if (pending) {
    const outcome = await pending;
    // The first request failed: this one answers as it did (its caller got the same error).
    if (outcome instanceof Error) throw outcome;
    return fromWholeClip(hash, outcome);
  }
  let settle: Settle = () => {};
  const shared = new Promise<WholeClip | Error>((resolve) => {
    settle = resolve;
  });
  inFlight.set(hash, shared);
  void shared.then(() => inFlight.delete(hash));
  try {
    return await leadSpeech({ ...options, hash, settle });
  } catch (error) {
    settle(error instanceof Error ? error : ttsFailed());
    throw error;
  }
}

/** The first request for a clip: stored, or synthesised here, or waited for from another instance. */
async function leadSpeech(options: {
  voice: string;
  text: string;
  hash: string;
  settle: Settle;
}): Promise<QuestionSpeech> {
  const { hash, settle } = options;
  const findStored = async () => {
    const clip = await getSpeechClipByHash({ hash });
    if (!clip) return null;
    const whole = { contentType: clip.contentType, audio: new Uint8Array(clip.audio) };
    settle(whole);
    return fromWholeClip(hash, whole);
  };
  for (;;) {
    const stored = await findStored();
    if (stored) return stored;
    if (await claimSpeechSynthesis({ hash, staleAfterMs: claimStaleAfterMs })) {
      // Stored by the instance that held the claim just before this one took it.
      const justStored = await findStored();
      if (!justStored) return synthesizeAndStore(options);
      await releaseSpeechSynthesis({ hash });
      return justStored;
    }
    // Another instance is synthesising it; its claim goes stale if it dies on the way.
    await new Promise((resolve) => setTimeout(resolve, claimPollMs));
  }
}

async function synthesizeAndStore(options: {
  voice: string;
  text: string;
  hash: string;
  settle: Settle;
}): Promise<QuestionSpeech> {
  const { hash, voice, settle } = options;
  const release = () =>
    releaseSpeechSynthesis({ hash }).catch((error: unknown) => {
      // Left behind, the claim goes stale and the next request takes it over.
      console.error("[tts] releasing a speech clip claim failed", {
        name: error instanceof Error ? error.name : typeof error,
      });
    });
  const synthesized = await synthesizeSpeech(options).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  const { contentType } = synthesized;
  const [toCaller, toStore] = synthesized.audio.tee();
  const stored = readWhole(toStore)
    .then(async (bytes) => {
      settle(bytes ? { contentType, audio: bytes } : ttsFailed());
      if (bytes) {
        await insertSpeechClip({
          hash,
          voice,
          contentType,
          audio: bytes,
          byteLength: bytes.length,
        });
      }
    })
    .catch((error: unknown) => {
      // The caller already has its audio; the next request synthesises again.
      console.error("[tts] storing a speech clip failed", {
        name: error instanceof Error ? error.name : typeof error,
      });
    })
    .finally(release);
  return { hash, contentType, byteLength: null, body: toCaller, stored };
}

function fromWholeClip(hash: string, clip: WholeClip): QuestionSpeech {
  return {
    hash,
    contentType: clip.contentType,
    byteLength: clip.audio.length,
    // A copy per response: each body is read (and may be transferred) on its own.
    body: new Uint8Array(clip.audio),
    stored: null,
  };
}

/** The whole stream, or null when it failed, was aborted or ran past the size limit. */
async function readWhole(stream: ReadableStream<Uint8Array>): Promise<Buffer | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxClipBytes) {
        // Cancels only this branch of the tee: the caller's audio reads on.
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  return length > 0 ? Buffer.concat(chunks, length) : null;
}
