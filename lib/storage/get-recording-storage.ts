import "server-only";
import { env } from "@/lib/env.mjs";
import { LocalRecordingStorage } from "./local-recording-storage";
import type { RecordingStorage } from "./recording-storage";
import { S3RecordingStorage } from "./s3-recording-storage";

const globalForStorage = globalThis as unknown as { recordingStorage?: RecordingStorage };

/** The bucket when RECORDINGS_S3_BUCKET is set, else the folder RECORDINGS_DIR (the embedded default). */
export function getRecordingStorage(): RecordingStorage {
  globalForStorage.recordingStorage ??= createRecordingStorage();
  return globalForStorage.recordingStorage;
}

function createRecordingStorage(): RecordingStorage {
  if (!env.RECORDINGS_S3_BUCKET) return new LocalRecordingStorage({ root: env.RECORDINGS_DIR });
  const accessKeyId = env.RECORDINGS_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.RECORDINGS_S3_SECRET_ACCESS_KEY;
  return new S3RecordingStorage({
    bucket: env.RECORDINGS_S3_BUCKET,
    region: env.RECORDINGS_S3_REGION,
    endpoint: env.RECORDINGS_S3_ENDPOINT,
    forcePathStyle: env.RECORDINGS_S3_FORCE_PATH_STYLE,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  });
}
