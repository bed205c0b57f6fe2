import "server-only";
import { Decoder, Reader, tools } from "ts-ebml";

/**
 * MediaRecorder writes WebM as a live stream: no Duration and no Cues, so a player shows an
 * unknown length and cannot seek without reading the whole file. This rewrites the header with
 * the duration measured from the blocks themselves and a Cues index of the clusters (ts-ebml's
 * makeMetadataSeekable), keeping the audio bytes as they are. Returns the duration with the file.
 */
export function makeWebmSeekable(webm: Buffer): { body: Buffer; durationMs: number } {
  const decoder = new Decoder();
  const reader = new Reader();
  reader.logging = false;
  reader.drop_default_duration = false;
  const arrayBuffer = webm.buffer.slice(webm.byteOffset, webm.byteOffset + webm.byteLength);
  for (const element of decoder.decode(arrayBuffer as ArrayBuffer)) reader.read(element);
  reader.stop();
  if (reader.metadatas.length === 0 || reader.duration <= 0) {
    throw new Error("Not a WebM recording with audio.");
  }
  const header = withoutBufferPool(() =>
    tools.makeMetadataSeekable(reader.metadatas, reader.duration, reader.cues),
  );
  const body = Buffer.concat([Buffer.from(header), webm.subarray(reader.metadataSize)]);
  const durationMs = Math.round((reader.duration * reader.timestampScale) / 1_000_000);
  return { body, durationMs };
}

/**
 * ts-ebml's encoder returns `Buffer.concat(…).buffer`: for a small header that is Node's shared
 * 8 KiB allocation pool, not the header. With the pool off for the (synchronous) call, the
 * concatenation gets an ArrayBuffer of its own and exactly its size.
 */
function withoutBufferPool<T>(run: () => T): T {
  const poolSize = Buffer.poolSize;
  Buffer.poolSize = 0;
  try {
    return run();
  } finally {
    Buffer.poolSize = poolSize;
  }
}
