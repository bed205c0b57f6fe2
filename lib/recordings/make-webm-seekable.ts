import "server-only";
import { Decoder, Reader, tools } from "ts-ebml";

/** The new head to write in place of the file's first `replacesBytes` bytes, and the duration. */
export type SeekableHead = { head: Buffer; replacesBytes: number; durationMs: number };

/**
 * `seekable`: the head to write; `silent`: a recorder's head with no audio block after it (the
 * recorder stopped at once); `unreadable`: not a recorder's stream within the bounds below.
 */
export type WebmPlan = ({ kind: "seekable" } & SeekableHead) | { kind: "silent" | "unreadable" };

// MediaRecorder's head (EBML header, Segment, Info, Tracks) is under 1 KiB and one Opus block a
// few hundred bytes; a cluster holds seconds of audio. Past these bounds the bytes are not a
// recorder's stream, and parsing on would hold more of the file in memory than the rewrite is
// worth: the file is then kept as recorded (it plays, but the player cannot seek it).
const maxHeadBytes = 256 * 1024;
const maxElementBytes = 2 * 1024 * 1024;
const maxClusterBytes = 16 * 1024 * 1024;
// ts-ebml sizes the index in time quadratic in its entries (3,000 cues took 20 s of CPU, 400
// about 1 s), so the index keeps at most this many clusters, evenly spread: a player seeks to
// the nearest one before the moment and reads on from there.
const maxCues = 128;
const opusFrameMs = 20;

/**
 * MediaRecorder writes WebM as a live stream: no Duration and no Cues, so a player shows an
 * unknown length and cannot seek without reading the whole file. This reads the stream once,
 * piece by piece, measuring the duration from the blocks and indexing the clusters (ts-ebml's
 * Reader), and returns the rewritten head (makeMetadataSeekable): written before the bytes after
 * `replacesBytes`, it makes the file seekable, the audio kept as it is. Only the head is
 * rewritten, so memory stays bounded by one piece, one cluster and the index, never the file,
 * and the index by `maxCues`.
 */
export async function planSeekableWebm(
  source: AsyncIterable<Uint8Array>,
  options: { fallbackDurationMs?: number } = {},
): Promise<{ plan: WebmPlan; byteLength: number }> {
  const decoder = new Decoder();
  const reader = new Reader();
  reader.logging = false;
  reader.drop_default_duration = false;
  let byteLength = 0;
  let consumed = 0;
  let clusterStart = -1;
  let isReadable = true;
  let blockCount = 0;
  for await (const piece of source) {
    byteLength += piece.length;
    if (!isReadable) continue;
    try {
      const bytes = piece.buffer.slice(piece.byteOffset, piece.byteOffset + piece.byteLength);
      for (const element of decoder.decode(bytes as ArrayBuffer)) {
        if (element.type === "m" && element.name === "Cluster" && !element.isEnd) {
          clusterStart = element.tagStart;
        }
        consumed = element.type === "m" ? element.dataStart : element.dataEnd;
        if (clusterStart >= 0 && consumed - clusterStart > maxClusterBytes) throw new Error();
        if (element.name === "SimpleBlock" || element.name === "Block") blockCount += 1;
        reader.read(element);
      }
    } catch {
      isReadable = false;
      continue;
    }
    const isOutOfBounds =
      byteLength - consumed > maxElementBytes || (clusterStart < 0 && byteLength > maxHeadBytes);
    if (isOutOfBounds) isReadable = false;
    if (reader.cues.length > 2 * maxCues) reader.cues = everyOther(reader.cues);
  }
  if (!isReadable) return { plan: { kind: "unreadable" }, byteLength };
  reader.stop();
  while (reader.cues.length > maxCues) reader.cues = everyOther(reader.cues);
  if (reader.metadatas.length === 0) return { plan: { kind: "unreadable" }, byteLength };
  if (blockCount === 0) return { plan: { kind: "silent" }, byteLength };
  // One block (a question left at once) has no second timestamp to measure by: its duration is
  // the client's measure, else one Opus frame, never the unknown length a player shows as Infinity.
  const ticksPerMs = 1_000_000 / reader.timestampScale;
  const duration =
    reader.duration > 0
      ? reader.duration
      : Math.max(options.fallbackDurationMs ?? 0, opusFrameMs) * ticksPerMs;
  const head = withoutBufferPool(() =>
    tools.makeMetadataSeekable(reader.metadatas, duration, reader.cues),
  );
  const durationMs = Math.round(duration / ticksPerMs);
  const plan = { head: Buffer.from(head), replacesBytes: reader.metadataSize, durationMs };
  return { plan: { kind: "seekable", ...plan }, byteLength };
}

/** Halves an index, keeping the first entry (the file's start) and every second one after it. */
function everyOther<T>(cues: T[]): T[] {
  return cues.filter((_, index) => index % 2 === 0);
}

/** The seekable file: the new head, then the source from `replacesBytes` on, streamed. */
export async function* withSeekableHead(
  plan: SeekableHead,
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield plan.head;
  let toSkip = plan.replacesBytes;
  for await (const piece of source) {
    if (toSkip >= piece.length) {
      toSkip -= piece.length;
      continue;
    }
    yield toSkip > 0 ? piece.subarray(toSkip) : piece;
    toSkip = 0;
  }
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
