import "server-only";
import { DeepgramError } from "@deepgram/sdk";
import { getDeepgramClient } from "@/lib/deepgram/get-deepgram-client";
import { env } from "@/lib/env.mjs";
import { ttsFailed, ttsUnavailable } from "./tts-errors";

/** Deepgram's limit for one /v1/speak request. */
export const maxSpeechTextChars = 2000;
// The SDK's timeout ends when the headers arrive; this one also bounds reading the audio.
export const synthesisTimeoutMs = 30_000;

export type SynthesizedSpeech = { contentType: string; audio: ReadableStream<Uint8Array> };

/**
 * Reads `text` aloud with an Aura-2 voice (POST /v1/speak, MP3). Returns as soon as Deepgram
 * answers, with the audio still streaming in. The master key signs the request and is never
 * returned or logged.
 */
export async function synthesizeSpeech(options: {
  voice: string;
  text: string;
}): Promise<SynthesizedSpeech> {
  const apiKey = env.DEEPGRAM_API_KEY;
  if (!apiKey || options.text.length > maxSpeechTextChars) throw ttsUnavailable();
  try {
    const { data, rawResponse } = await getDeepgramClient(apiKey)
      .speak.v1.audio.generate(
        { text: options.text, model: options.voice, encoding: "mp3" },
        { abortSignal: AbortSignal.timeout(synthesisTimeoutMs) },
      )
      .withRawResponse();
    const contentType = rawResponse.headers.get("content-type") ?? "audio/mpeg";
    const audio = data.stream();
    if (!audio || !contentType.startsWith("audio/")) {
      await audio?.cancel();
      throw new Error(`Deepgram answered ${contentType} without audio`);
    }
    return { contentType, audio };
  } catch (error) {
    // The SDK's errors can carry the raw response; log only what identifies the failure.
    console.error("[tts] Deepgram speak failed", {
      name: error instanceof Error ? error.name : typeof error,
      status: error instanceof DeepgramError ? (error.statusCode ?? null) : null,
      requestId: error instanceof DeepgramError ? (error.requestId ?? null) : null,
    });
    throw ttsFailed();
  }
}
