import "server-only";
import { TrackSource, type VideoGrant } from "livekit-server-sdk";

/**
 * The candidate publishes their microphone (and camera when video is on) and nothing else: no
 * screen share, no data channel, so a tampered client cannot push arbitrary payloads into the room.
 */
export function candidateGrant(options: { room: string; canPublishVideo: boolean }): VideoGrant {
  const sources = [TrackSource.MICROPHONE];
  if (options.canPublishVideo) sources.push(TrackSource.CAMERA);
  return {
    roomJoin: true,
    room: options.room,
    canPublish: true,
    canPublishSources: sources,
    canSubscribe: true,
    canPublishData: false,
  };
}

/** A recruiter watches: subscribe only, and hidden so the candidate's room shows one participant. */
export function recruiterGrant(options: { room: string }): VideoGrant {
  return {
    roomJoin: true,
    room: options.room,
    canPublish: false,
    canPublishData: false,
    canSubscribe: true,
    hidden: true,
  };
}
