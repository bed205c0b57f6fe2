// Opus at MediaRecorder's default rate is about 4 KB a second: a chunk of a few seconds is tens
// of kilobytes, so 1 MiB leaves room for odd timeslices without letting a client fill the disk.
export const maxRecordingChunkBytes = 1024 * 1024;
// A chunk every 2–5 s: 2,000 chunks is well over an hour, far past any answer.
export const maxRecordingChunkSeq = 1999;
