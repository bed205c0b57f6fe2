import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type S3FakeServer, startS3FakeServer } from "@/tests/support/s3-fake-server";
import { RangeNotSatisfiableError, type StoredObject } from "./recording-storage";
import { S3RecordingStorage } from "./s3-recording-storage";

let fake: S3FakeServer;
let storage: S3RecordingStorage;
const credentials = { accessKeyId: "AKIDRECORDINGS", secretAccessKey: "secret-recordings" };

beforeAll(async () => {
  fake = await startS3FakeServer({
    bucket: "interviews",
    accessKeyId: credentials.accessKeyId,
    listPageSize: 2,
  });
  storage = new S3RecordingStorage({
    bucket: "interviews",
    region: "us-east-1",
    endpoint: fake.endpoint,
    forcePathStyle: true,
    credentials,
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.objects.clear();
  fake.requests.length = 0;
});

const read = (object: StoredObject | null) => (object ? new Response(object.body).text() : null);

describe("S3RecordingStorage against an S3-compatible server", () => {
  it("puts and gets an object, signed in the Authorization header", async () => {
    await storage.put("recordings/a/1.webm", Buffer.from("hello"), "audio/webm");
    expect(fake.objects.get("recordings/a/1.webm")?.body.toString()).toBe("hello");
    const object = await storage.get("recordings/a/1.webm");
    expect(object?.contentType).toBe("audio/webm");
    expect(await read(object)).toBe("hello");
    expect(fake.requests.map((r) => `${r.method} ${r.signedBy}`)).toEqual([
      "PUT header",
      "GET header",
    ]);
    expect(fake.requests[0]?.path.startsWith("/interviews/recordings/a/1.webm")).toBe(true);
  });

  it("streams a body of known length into one object", async () => {
    async function* pieces() {
      for (const text of ["0123", "4567", "89"]) yield Buffer.from(text);
    }
    await storage.putStream("recordings/a/2.webm", pieces(), {
      contentType: "audio/webm",
      byteLength: 10,
    });
    expect(fake.objects.get("recordings/a/2.webm")?.body.toString()).toBe("0123456789");
    expect(await read(await storage.get("recordings/a/2.webm"))).toBe("0123456789");
  });

  it("answers null for a missing key and reads a range", async () => {
    expect(await storage.get("recordings/a/none.webm")).toBeNull();
    await storage.put("recordings/a/1.webm", Buffer.from("0123456789"), "audio/webm");
    const object = await storage.get("recordings/a/1.webm", { range: { start: 2, end: 4 } });
    expect(object?.range).toEqual({ start: 2, end: 4, size: 10 });
    expect(object?.byteLength).toBe(10);
    expect(await read(object)).toBe("234");
    await expect(storage.get("recordings/a/1.webm", { range: { start: 20 } })).rejects.toThrow(
      RangeNotSatisfiableError,
    );
  });

  it("lists across pages and deletes a prefix with DeleteObjects", async () => {
    for (const key of ["1.webm", "2.webm", "chunks/x/000000"]) {
      await storage.put(`recordings/a/${key}`, Buffer.from(key), "audio/webm");
    }
    await storage.put("recordings/ab/1.webm", Buffer.from("other"), "audio/webm");
    expect(await storage.list("recordings/a/")).toHaveLength(3);
    expect(fake.requests.filter((r) => r.path.includes("list-type=2"))).toHaveLength(2);
    expect(await storage.deletePrefix("recordings/a/")).toBe(3);
    expect([...fake.objects.keys()]).toEqual(["recordings/ab/1.webm"]);
    expect(fake.requests.some((r) => r.method === "POST" && r.path.includes("delete"))).toBe(true);
    await storage.delete("recordings/ab/1.webm");
    expect(fake.objects.size).toBe(0);
  });

  it("presigns a GET that reads the object without credentials, for a limited time", async () => {
    await storage.put("recordings/a/1.webm", Buffer.from("played"), "audio/webm");
    const url = new URL(await storage.signedUrl("recordings/a/1.webm", 60));
    expect(url.searchParams.get("X-Amz-Expires")).toBe("60");
    expect(url.searchParams.get("X-Amz-Credential")?.startsWith("AKIDRECORDINGS/")).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("played");
    expect(fake.requests.at(-1)?.signedBy).toBe("query");

    const stale = new URL(url);
    stale.searchParams.set("X-Amz-Date", "20200101T000000Z");
    expect((await fetch(stale)).status).toBe(403);
  });

  it("is refused by the server when the access key id is wrong", async () => {
    const stranger = new S3RecordingStorage({
      bucket: "interviews",
      region: "us-east-1",
      endpoint: fake.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "AKIDOTHER", secretAccessKey: "x" },
    });
    await expect(
      stranger.put("recordings/a/1.webm", Buffer.from("x"), "audio/webm"),
    ).rejects.toThrow();
    expect(fake.objects.size).toBe(0);
  });
});
