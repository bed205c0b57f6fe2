// Key layout of recording storage. Everything of one interview lies under one prefix, so
// deleting an interview's files never needs the database rows.

const keyPattern = /^recordings\/[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** Whether a key is one we write: `recordings/…` segments of safe characters, none starting with a dot. */
export function isValidRecordingKey(key: string): boolean {
  return key.length <= 512 && keyPattern.test(key);
}

/** The prefix that holds all files of an interview (with the trailing slash: no other id matches). */
export function interviewRecordingsPrefix(interviewId: string): string {
  return `recordings/${interviewId}/`;
}

/** One browser-recorded answer, assembled from its chunks. */
export function browserRecordingKey(options: { interviewId: string; recordingId: string }): string {
  return `${interviewRecordingsPrefix(options.interviewId)}${options.recordingId}.webm`;
}

/** A chunk as it arrives, kept until the recording is completed. */
export function recordingChunkKey(options: {
  interviewId: string;
  recordingId: string;
  seq: number;
}): string {
  const seq = String(options.seq).padStart(6, "0");
  return `${interviewRecordingsPrefix(options.interviewId)}chunks/${options.recordingId}/${seq}`;
}

export function recordingChunksPrefix(options: {
  interviewId: string;
  recordingId: string;
}): string {
  return `${interviewRecordingsPrefix(options.interviewId)}chunks/${options.recordingId}/`;
}
