import "server-only";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { isValidRecordingKey } from "./recording-keys";
import {
  type ByteRange,
  RangeNotSatisfiableError,
  type RecordingStorage,
  type StoredObject,
} from "./recording-storage";

export type S3RecordingStorageOptions = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (instance role, AWS_* variables, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

// DeleteObjects takes at most 1,000 keys per request.
const deleteBatchSize = 1000;

/** Recordings in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO). */
export class S3RecordingStorage implements RecordingStorage {
  readonly kind = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3RecordingStorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  async put(key: string, body: Uint8Array | Buffer, contentType: string): Promise<void> {
    assertKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  async putStream(
    key: string,
    body: AsyncIterable<Uint8Array>,
    options: { contentType: string; byteLength: number },
  ): Promise<void> {
    assertKey(key);
    // One PUT of a known length streams the body (the SDK signs it chunk by chunk): the object
    // appears whole or not at all, and a body of another length is refused by S3.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: Readable.from(body),
        ContentLength: options.byteLength,
        ContentType: options.contentType,
      }),
    );
  }

  async get(key: string, options?: { range?: ByteRange }): Promise<StoredObject | null> {
    assertKey(key);
    const range = options?.range;
    try {
      const response = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end ?? ""}` : undefined,
        }),
      );
      if (!response.Body) return null;
      const body = response.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      const contentType = response.ContentType ?? "application/octet-stream";
      const contentRange = parseContentRange(response.ContentRange);
      if (!contentRange) return { body, contentType, byteLength: response.ContentLength ?? 0 };
      return { body, contentType, byteLength: contentRange.size, range: contentRange };
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416) {
        throw new RangeNotSatisfiableError(0);
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async deletePrefix(prefix: string): Promise<number> {
    const keys = await this.list(prefix);
    for (let index = 0; index < keys.length; index += deleteBatchSize) {
      const batch = keys.slice(index, index + deleteBatchSize);
      const response = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      // Quiet mode lists only failures; a partial delete must not pass as a whole one.
      if (response.Errors?.length) {
        throw new Error(`Could not delete ${response.Errors.length} recording objects.`);
      }
    }
    return keys.length;
  }

  async list(prefix: string): Promise<string[]> {
    assertKey(`${prefix}x`);
    const keys: string[] = [];
    const pages = paginateListObjectsV2(
      { client: this.client },
      { Bucket: this.bucket, Prefix: prefix },
    );
    for await (const page of pages) {
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    }
    return keys.sort();
  }

  async signedUrl(key: string, ttlSeconds: number): Promise<string> {
    assertKey(key);
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), {
      expiresIn: ttlSeconds,
    });
  }
}

function assertKey(key: string): void {
  if (!isValidRecordingKey(key)) throw new Error(`Invalid recording key: ${JSON.stringify(key)}`);
}

function parseContentRange(
  header: string | undefined,
): { start: number; end: number; size: number } | null {
  const match = header?.match(/^bytes (\d+)-(\d+)\/(\d+)$/);
  if (!match) return null;
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}
