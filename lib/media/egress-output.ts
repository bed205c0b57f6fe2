import "server-only";
import { DirectFileOutput, S3Upload } from "livekit-server-sdk";
import { env } from "@/lib/env.mjs";
import { interviewRecordingsPrefix } from "@/lib/storage/recording-keys";

/**
 * The key of one track's egress file. Named after the track, so a retried webhook for a track
 * already recorded finds its file; a track egress writes the Opus it receives into Ogg as is.
 */
export function egressRecordingKey(options: { interviewId: string; trackSid: string }): string {
  const trackName = options.trackSid.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 64);
  return `${interviewRecordingsPrefix(options.interviewId)}egress-${trackName}.ogg`;
}

/**
 * Where LiveKit uploads the file: the recordings bucket, under the same key the app reads. With no
 * access key set, LiveKit's egress uses its own credentials (a self-hosted egress's IAM role).
 */
export function buildEgressFileOutput(options: { storageKey: string }): DirectFileOutput {
  const bucket = env.RECORDINGS_S3_BUCKET;
  if (!bucket) throw new Error("Egress recording needs RECORDINGS_S3_BUCKET.");
  return new DirectFileOutput({
    filepath: options.storageKey,
    // The manifest is a JSON file beside the recording that nothing here reads.
    disableManifest: true,
    output: {
      case: "s3",
      value: new S3Upload({
        bucket,
        region: env.RECORDINGS_S3_REGION,
        endpoint: env.RECORDINGS_S3_ENDPOINT ?? "",
        forcePathStyle: env.RECORDINGS_S3_FORCE_PATH_STYLE,
        accessKey: env.RECORDINGS_S3_ACCESS_KEY_ID ?? "",
        secret: env.RECORDINGS_S3_SECRET_ACCESS_KEY ?? "",
        contentDisposition: "inline",
      }),
    },
  });
}
