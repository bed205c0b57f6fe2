// The local store keeps no metadata beside a file, so it answers with the type its name implies:
// the keys it holds are the ones recording-keys.ts builds, whose extensions say what they are.
const contentTypes: Record<string, string> = {
  ".webm": "audio/webm",
  ".ogg": "audio/ogg",
  ".m4a": "audio/mp4",
  ".mp4": "video/mp4",
  ".json": "application/json",
};

export function contentTypeByExtension(key: string): string {
  const dot = key.lastIndexOf(".");
  const slash = key.lastIndexOf("/");
  if (dot <= slash) return "application/octet-stream";
  return contentTypes[key.slice(dot).toLowerCase()] ?? "application/octet-stream";
}
