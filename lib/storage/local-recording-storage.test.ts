import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalRecordingStorage } from "./local-recording-storage";
import type { StoredObject } from "./recording-storage";
import { RangeNotSatisfiableError } from "./recording-storage";
import { isSignedFileLinkValid } from "./signed-file-link";

let root: string;
let storage: LocalRecordingStorage;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "recordings-"));
  storage = new LocalRecordingStorage({ root: path.join(root, "store") });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const read = (object: StoredObject | null) => (object ? new Response(object.body).text() : null);

async function* pieces(...texts: string[]) {
  for (const text of texts) yield Buffer.from(text);
}

describe("LocalRecordingStorage", () => {
  it("writes a stream as one file, and keeps the old file when the stream has another length", async () => {
    await storage.putStream("recordings/a/1.webm", pieces("hel", "lo"), {
      contentType: "audio/webm",
      byteLength: 5,
    });
    expect(await read(await storage.get("recordings/a/1.webm"))).toBe("hello");
    await expect(
      storage.putStream("recordings/a/1.webm", pieces("short"), {
        contentType: "audio/webm",
        byteLength: 9,
      }),
    ).rejects.toThrow(/Expected 9 bytes/);
    expect(await read(await storage.get("recordings/a/1.webm"))).toBe("hello");
    // No half-written file is left beside it.
    expect(fs.readdirSync(path.join(root, "store", "recordings", "a"))).toEqual(["1.webm"]);
  });

  it("reads back what it stored, with the type its extension implies", async () => {
    await storage.put("recordings/a/1.webm", Buffer.from("hello"), "audio/webm;codecs=opus");
    const object = await storage.get("recordings/a/1.webm");
    expect(object?.contentType).toBe("audio/webm");
    expect(object?.byteLength).toBe(5);
    expect(await read(object)).toBe("hello");
    expect(await storage.get("recordings/a/missing.webm")).toBeNull();
  });

  it("reads a byte range and refuses one past the end", async () => {
    await storage.put("recordings/a/1.webm", Buffer.from("0123456789"), "audio/webm");
    const object = await storage.get("recordings/a/1.webm", { range: { start: 2, end: 4 } });
    expect(object?.range).toEqual({ start: 2, end: 4 });
    expect(object?.byteLength).toBe(10);
    expect(await read(object)).toBe("234");
    const tail = await storage.get("recordings/a/1.webm", { range: { start: 7 } });
    expect(await read(tail)).toBe("789");
    await expect(storage.get("recordings/a/1.webm", { range: { start: 10 } })).rejects.toThrow(
      RangeNotSatisfiableError,
    );
  });

  it("lists and deletes by prefix without touching another interview's files", async () => {
    await storage.put("recordings/a/1.webm", Buffer.from("1"), "audio/webm");
    await storage.put("recordings/a/chunks/1/000000", Buffer.from("c"), "audio/webm");
    await storage.put("recordings/ab/2.webm", Buffer.from("2"), "audio/webm");
    expect(await storage.list("recordings/a/")).toEqual([
      "recordings/a/1.webm",
      "recordings/a/chunks/1/000000",
    ]);
    expect(await storage.deletePrefix("recordings/a/")).toBe(2);
    expect(await storage.list("recordings/")).toEqual(["recordings/ab/2.webm"]);
    expect(fs.existsSync(path.join(root, "store", "recordings", "a"))).toBe(false);
    expect(await storage.deletePrefix("recordings/a/")).toBe(0);
    await storage.delete("recordings/ab/2.webm");
    await storage.delete("recordings/ab/2.webm");
    expect(await storage.list("recordings/")).toEqual([]);
  });

  it.each([
    "recordings/../escape.webm",
    "recordings/a/../../escape",
    "/etc/passwd",
    "recordings//x",
    "recordings/.hidden",
    "other/a.webm",
    "recordings\\..\\x",
  ])("refuses the key %s so nothing leaves the folder", async (key) => {
    await expect(storage.put(key, Buffer.from("x"), "audio/webm")).rejects.toThrow(/key/i);
    await expect(storage.get(key)).rejects.toThrow(/key/i);
    await expect(storage.signedUrl(key, 60)).rejects.toThrow(/key/i);
    expect(fs.existsSync(path.join(root, "escape.webm"))).toBe(false);
  });

  it("signs a link for exactly one key that expires", async () => {
    const url = new URL(await storage.signedUrl("recordings/a/1.webm", 60), "http://app.test");
    expect(url.pathname).toBe("/api/recordings/file");
    const key = url.searchParams.get("key") ?? "";
    const expiresAtSeconds = Number(url.searchParams.get("exp"));
    const signature = url.searchParams.get("sig") ?? "";
    expect(key).toBe("recordings/a/1.webm");
    expect(isSignedFileLinkValid({ key, expiresAtSeconds, signature })).toBe(true);
    const other = { key: "recordings/a/2.webm", expiresAtSeconds, signature };
    expect(isSignedFileLinkValid(other)).toBe(false);
    const later = { key, expiresAtSeconds: expiresAtSeconds + 60, signature };
    expect(isSignedFileLinkValid(later)).toBe(false);
    const expired = { key, expiresAtSeconds, signature, nowMs: expiresAtSeconds * 1000 };
    expect(isSignedFileLinkValid(expired)).toBe(false);
  });
});
