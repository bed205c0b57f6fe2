/** A stored object as read back; `byteLength` is the whole object's size even when a range was asked. */
export type StoredObject = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  byteLength: number;
  /** The bytes `body` holds when a range was asked (inclusive, as in HTTP `Content-Range`). */
  range?: { start: number; end: number };
};

/** An inclusive byte range; `end` omitted means to the end of the object. */
export type ByteRange = { start: number; end?: number };

/**
 * Where recording files live: a local folder or an S3-compatible bucket. Keys are
 * `recordings/{interviewId}/…`, so one prefix holds everything of an interview and deleting an
 * interview's files is one `deletePrefix`.
 */
export interface RecordingStorage {
  readonly kind: "local" | "s3";
  put(key: string, body: Uint8Array | Buffer, contentType: string): Promise<void>;
  /**
   * Writes `byteLength` bytes from a stream as one object, never holding it whole: a reader sees
   * the old object or the whole new one, and a stream of another length writes nothing.
   */
  putStream(
    key: string,
    body: AsyncIterable<Uint8Array>,
    options: { contentType: string; byteLength: number },
  ): Promise<void>;
  /** null when the key holds nothing; a range past the end throws RangeNotSatisfiableError. */
  get(key: string, options?: { range?: ByteRange }): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Deletes every key that starts with `prefix`; returns how many were deleted. */
  deletePrefix(prefix: string): Promise<number>;
  list(prefix: string): Promise<string[]>;
  /** A link that reads the object without a session until it expires (players, exports). */
  signedUrl(key: string, ttlSeconds: number): Promise<string>;
}

export class RangeNotSatisfiableError extends Error {
  readonly byteLength: number;

  constructor(byteLength: number) {
    super("Range not satisfiable.");
    this.name = "RangeNotSatisfiableError";
    this.byteLength = byteLength;
  }
}
