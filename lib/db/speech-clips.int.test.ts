import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { speechClips } from "@/db/schema";
import { purgeExpiredData } from "@/lib/jobs/purge-expired-data";
import { getSpeechClipByHash, insertSpeechClip } from "./speech-clips";

const dayMs = 24 * 60 * 60 * 1000;

function clip(hash: string, bytes: number[]) {
  const audio = Buffer.from(bytes);
  return { hash, voice: "aura-2-thalia-en", contentType: "audio/mpeg", audio, byteLength: 3 };
}

async function setLastServed(hash: string, lastServedAt: Date) {
  const db = await getDb();
  await db.update(speechClips).set({ lastServedAt }).where(eq(speechClips.hash, hash));
}

describe("speech clips", () => {
  it("keeps the first of two inserts of one hash and stamps a clip each time it is served", async () => {
    const hash = crypto.randomUUID();
    await insertSpeechClip(clip(hash, [1, 2, 3]));
    await insertSpeechClip(clip(hash, [9, 9, 9]));
    await setLastServed(hash, new Date(Date.now() - 5 * dayMs));
    const served = await getSpeechClipByHash({ hash });
    expect([...(served?.audio ?? [])]).toEqual([1, 2, 3]);
    expect(Date.now() - (served?.lastServedAt.getTime() ?? 0)).toBeLessThan(60_000);
    expect(await getSpeechClipByHash({ hash: crypto.randomUUID() })).toBeNull();
  });

  it("are deleted by the retention job once no interview has played them for DATA_RETENTION_DAYS", async () => {
    const [stale, recent] = [crypto.randomUUID(), crypto.randomUUID()];
    await insertSpeechClip(clip(stale, [1, 2, 3]));
    await insertSpeechClip(clip(recent, [4, 5, 6]));
    // The default retention is 180 days.
    await setLastServed(stale, new Date(Date.now() - 181 * dayMs));
    await setLastServed(recent, new Date(Date.now() - 179 * dayMs));
    const purged = await purgeExpiredData();
    expect(purged.speechClips).toBe(1);
    const db = await getDb();
    const left = await db.select({ hash: speechClips.hash }).from(speechClips);
    expect(left.map((row) => row.hash)).toContain(recent);
    expect(left.map((row) => row.hash)).not.toContain(stale);
  });
});
