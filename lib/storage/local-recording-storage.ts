import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { contentTypeByExtension } from "./content-type-by-extension";
import { isValidRecordingKey } from "./recording-keys";
import {
  type ByteRange,
  RangeNotSatisfiableError,
  type RecordingStorage,
  type StoredObject,
} from "./recording-storage";
import { createSignedFileLink } from "./signed-file-link";

/** Recordings as files under one folder (the embedded default); keys map to relative paths. */
export class LocalRecordingStorage implements RecordingStorage {
  readonly kind = "local" as const;
  private readonly root: string;

  constructor(options: { root: string }) {
    this.root = path.resolve(options.root);
  }

  async put(key: string, body: Uint8Array | Buffer, _contentType: string): Promise<void> {
    const filePath = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
    // Write then rename, so a reader never sees half a file and a retried put replaces it whole.
    const temporaryPath = `${filePath}.${process.pid}.${Date.now()}.partial`;
    await fs.promises.writeFile(temporaryPath, body);
    await fs.promises.rename(temporaryPath, filePath);
  }

  async putStream(
    key: string,
    body: AsyncIterable<Uint8Array>,
    options: { contentType: string; byteLength: number },
  ): Promise<void> {
    const filePath = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
    const temporaryPath = `${filePath}.${process.pid}.${Date.now()}.partial`;
    let written = 0;
    async function* counted() {
      for await (const piece of body) {
        written += piece.length;
        yield piece;
      }
    }
    try {
      await pipeline(Readable.from(counted()), fs.createWriteStream(temporaryPath));
      if (written !== options.byteLength) {
        throw new Error(`Expected ${options.byteLength} bytes for ${key}, got ${written}.`);
      }
      await fs.promises.rename(temporaryPath, filePath);
    } catch (error) {
      await fs.promises.rm(temporaryPath, { force: true });
      throw error;
    }
  }

  async get(key: string, options?: { range?: ByteRange }): Promise<StoredObject | null> {
    const filePath = this.pathOf(key);
    const stat = await fs.promises.stat(filePath).catch(() => null);
    if (!stat?.isFile()) return null;
    const contentType = contentTypeByExtension(key);
    if (!options?.range) {
      const body = Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>;
      return { body, contentType, byteLength: stat.size };
    }
    const start = options.range.start;
    const end = Math.min(options.range.end ?? stat.size - 1, stat.size - 1);
    if (start >= stat.size || start > end) throw new RangeNotSatisfiableError(stat.size);
    const stream = fs.createReadStream(filePath, { start, end });
    const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    return { body, contentType, byteLength: stat.size, range: { start, end } };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<number> {
    const keys = await this.list(prefix);
    // A prefix that ends in "/" is a whole folder (an interview's): remove it with its subfolders.
    if (prefix.endsWith("/")) {
      await fs.promises.rm(path.dirname(this.pathOf(`${prefix}x`)), {
        recursive: true,
        force: true,
      });
    } else {
      await Promise.all(keys.map((key) => this.delete(key)));
    }
    return keys.length;
  }

  async list(prefix: string): Promise<string[]> {
    // Walk only the folder the prefix names (its last segment may be a partial name).
    const folder = path.dirname(this.pathOf(`${prefix}x`));
    const entries = await fs.promises
      .readdir(folder, { recursive: true, withFileTypes: true })
      .catch(() => []);
    return entries
      .filter((entry) => entry.isFile() && !entry.name.endsWith(".partial"))
      .map((entry) => path.relative(this.root, path.join(entry.parentPath, entry.name)))
      .map((relativePath) => relativePath.split(path.sep).join("/"))
      .filter((key) => key.startsWith(prefix))
      .sort();
  }

  async signedUrl(key: string, ttlSeconds: number): Promise<string> {
    this.pathOf(key);
    return createSignedFileLink({ key, ttlSeconds });
  }

  /** The file of a key; throws on any key that could name a path outside the folder. */
  private pathOf(key: string): string {
    if (!isValidRecordingKey(key)) throw new Error(`Invalid recording key: ${JSON.stringify(key)}`);
    const filePath = path.resolve(this.root, ...key.split("/"));
    if (!filePath.startsWith(`${this.root}${path.sep}`)) throw new Error("Recording key escapes.");
    return filePath;
  }
}
