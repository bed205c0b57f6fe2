import "server-only";
import { getSpeechClipByHash, insertSpeechClip } from "@/lib/db/speech-clips";
import { hashSpeechClip } from "./speech-clip-hash";
import { synthesizeSpeech } from "./synthesize-speech";

// Far above any question (Deepgram's 2000 characters are about 2 MB of MP3 at most): an upstream
// that keeps sending is not stored.
const maxClipBytes = 8 * 1024 * 1024;

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

/**
 * The question read aloud in `voice`: from `speech_clips` when it was synthesised before, else
 * from Deepgram, streamed to the caller as it arrives and stored once complete. Two instances
 * that miss the same clip at the same moment both synthesise it (one row is kept): one request
 * too many at worst, against a lock held across a network call on every miss.
 */
export async function getQuestionSpeech(options: {
  voice: string;
  text: string;
}): Promise<QuestionSpeech> {
  const hash = hashSpeechClip(options);
  const clip = await getSpeechClipByHash({ hash });
  if (clip) {
    return {
      hash,
      contentType: clip.contentType,
      byteLength: clip.byteLength,
      body: new Uint8Array(clip.audio),
      stored: null,
    };
  }
  const { contentType, audio } = await synthesizeSpeech(options);
  const [toCaller, toStore] = audio.tee();
  const stored = readWhole(toStore).then(async (bytes) => {
    if (!bytes) return;
    const { voice } = options;
    await insertSpeechClip({ hash, voice, contentType, audio: bytes, byteLength: bytes.length });
  });
  return {
    hash,
    contentType,
    byteLength: null,
    body: toCaller,
    stored: stored.catch((error: unknown) => {
      // The caller already has its audio; the next request synthesises again.
      console.error("[tts] storing a speech clip failed", {
        name: error instanceof Error ? error.name : typeof error,
      });
    }),
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
