import "server-only";
import { deleteSpeechClipsByHash, listSpeechClipVoices } from "@/lib/db/speech-clips";
import { hashSpeechClip } from "./speech-clip-hash";

/**
 * Deletes the stored clips of `texts` in every voice a clip is stored in (a voice configured
 * earlier too): clips are keyed by voice and text, not by interview. Returns how many went.
 */
export async function deleteSpeechOfTexts(options: { texts: string[] }): Promise<number> {
  if (options.texts.length === 0) return 0;
  const voices = await listSpeechClipVoices();
  const hashes = voices.flatMap((voice) =>
    options.texts.map((text) => hashSpeechClip({ voice, text })),
  );
  return deleteSpeechClipsByHash({ hashes });
}
