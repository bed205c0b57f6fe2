import "server-only";
import {
  claimEgressRecording,
  deleteEgressClaim,
  getEgressRecordingContext,
  setRecordingEgressId,
} from "@/lib/db/egress-recordings";
import { env } from "@/lib/env.mjs";
import { getEgressClient } from "./egress-client";
import { buildEgressFileOutput, egressRecordingKey } from "./egress-output";
import type { LivekitWebhookEvent } from "./egress-webhook";
import { candidateIdentity, roomNameForInterview } from "./room-names";

const interviewRoomPattern =
  /^interview-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export type EgressStartOutcome =
  | { started: true; egressId: string }
  | { started: false; reason: string };

let hasWarnedWithoutBucket = false;

/**
 * `track_published`: starts recording the candidate's microphone into the recordings bucket when
 * the company records and the candidate agreed. One egress at a time per interview, started when
 * the track appears (an egress takes seconds to start, too slow to start per answer). A track
 * published again after a reload gets a file of its own; a redelivered webhook starts nothing.
 */
export async function startCandidateEgress(
  event: LivekitWebhookEvent,
  now = new Date(),
): Promise<EgressStartOutcome> {
  const interviewId = event.room?.name.match(interviewRoomPattern)?.[1];
  const track = event.track;
  if (!interviewId || !track) return { started: false, reason: "not an interview room" };
  if (event.participant?.identity !== candidateIdentity(interviewId) || track.type !== "AUDIO") {
    return { started: false, reason: "not the candidate's audio" };
  }
  const client = getEgressClient();
  if (!client) {
    if (!hasWarnedWithoutBucket && env.RECORDINGS_S3_BUCKET === undefined) {
      hasWarnedWithoutBucket = true;
      console.warn(
        "recordings: LiveKit Egress needs RECORDINGS_S3_BUCKET to upload; rooms are not recorded.",
      );
    }
    return { started: false, reason: "egress not configured" };
  }
  const context = await getEgressRecordingContext({ interviewId });
  if (!context || context.recordingMode === "off" || !context.recordingConsentedAt) {
    return { started: false, reason: "not recorded" };
  }
  if (context.status !== "in_progress") return { started: false, reason: "not in progress" };

  const startedAtMs = context.startedAt?.getTime() ?? now.getTime();
  const storageKey = egressRecordingKey({ interviewId, trackSid: track.sid });
  // A first estimate: the egress webhooks later say where the file really starts.
  const claim = await claimEgressRecording({
    interviewId,
    storageKey,
    clockOffsetMs: now.getTime() - startedAtMs,
  });
  if (!claim) return { started: false, reason: "already recording" };
  try {
    const info = await client.startTrackEgress(
      roomNameForInterview(interviewId),
      buildEgressFileOutput({ storageKey }),
      track.sid,
    );
    const egressStartedAtMs = Number(info.startedAt / 1_000_000n) || now.getTime();
    await setRecordingEgressId({
      id: claim.id,
      egressId: info.egressId,
      clockOffsetMs: egressStartedAtMs - startedAtMs,
    });
    return { started: true, egressId: info.egressId };
  } catch (error) {
    // Give the claim back: the webhook fails, and LiveKit's retry may start it.
    await deleteEgressClaim({ id: claim.id });
    throw error;
  }
}
