import "server-only";
import { AccessToken, type VideoGrant } from "livekit-server-sdk";
import type { Interview } from "@/db/schema";
import type { Principal } from "@/lib/auth/principal";
import { env } from "@/lib/env.mjs";
import { ApiError } from "@/lib/http/api-error";
import { assertWithinTimeLimit } from "@/lib/interviews/interview-time-limit";
import { spendLimitCounters } from "@/lib/interviews/spend-limit-counters";
import { assertInterviewInProgress } from "./assert-interview-in-progress";
import { candidateGrant, recruiterGrant } from "./participant-grants";
import { candidateIdentity, recruiterIdentity, roomNameForInterview } from "./room-names";

export type ParticipantToken = { token: string; url: string; room: string; expiresAt: string };

/**
 * Mints a LiveKit token for the caller's one role in this interview's room. The caller must
 * already be authorised for the interview (requireInterviewAccess); this decides what they may do.
 */
export async function createParticipantToken(options: {
  interview: Interview;
  principal: Principal;
  now?: Date;
}): Promise<ParticipantToken> {
  const { interview, principal } = options;
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = env;
  if (!url || !apiKey || !apiSecret) {
    throw new ApiError({
      code: "media_unavailable",
      message: "Media rooms are off on this server (LiveKit is not configured).",
    });
  }

  // Past the time limit the room closes for everyone, and the interview ends.
  await assertWithinTimeLimit(interview, {
    refusal: spendLimitCounters.mediaTimeLimitRefused,
    now: options.now,
  });
  const room = roomNameForInterview(interview.id);
  let identity: string;
  let grant: VideoGrant;
  if (principal.kind === "candidate") {
    assertInterviewInProgress(interview);
    identity = candidateIdentity(interview.id);
    grant = candidateGrant({ room, canPublishVideo: env.LIVEKIT_VIDEO });
  } else {
    assertRoomOpen(interview);
    identity = recruiterIdentity(principal.userId);
    grant = recruiterGrant({ room });
  }

  const ttlSeconds = env.MEDIA_TOKEN_TTL_SECONDS;
  const issuedAt = options.now ?? new Date();
  // The SDK's default lifetime is 6 h; a leaked token must stop working within minutes.
  const accessToken = new AccessToken(apiKey, apiSecret, { identity, ttl: ttlSeconds });
  accessToken.addGrant(grant);
  return {
    token: await accessToken.toJwt(),
    url,
    room,
    // The JWT's exp is whole seconds from signing, so this is at or just before the real expiry.
    expiresAt: new Date((Math.floor(issuedAt.getTime() / 1000) + ttlSeconds) * 1000).toISOString(),
  };
}

/** A recruiter may wait in the room before the candidate starts, but not after it is over. */
function assertRoomOpen(interview: Pick<Interview, "status">): void {
  if (interview.status === "invited" || interview.status === "in_progress") return;
  throw new ApiError({
    code: "interview_not_in_progress",
    message: `The interview is "${interview.status}"; its room is closed.`,
  });
}
