import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { getInterviewCached } from "@/lib/cache/cached-reads";
import { getPosition } from "@/lib/db/positions";
import { releaseSttTokenGrant } from "@/lib/db/stt-token-grants";
import { env } from "@/lib/env.mjs";
import { ApiError, notFound } from "@/lib/http/api-error";
import { assertInterviewInProgress } from "@/lib/media/assert-interview-in-progress";
import { toDeepgramLanguage } from "./deepgram-language";
import { grantDeepgramToken } from "./grant-deepgram-token";
import { sttUnavailable } from "./stt-errors";
import { isSttConfigured } from "./stt-status";
import { takeSttGrant } from "./take-stt-grant";

export type SttToken = {
  token: string;
  expiresAt: string;
  listenUrl: string;
  model: string;
  language: string;
};

/**
 * What the candidate's browser needs to open Deepgram's live socket for their own interview: a
 * token minted now, and the model and language the server chose (the position decides).
 */
export async function createSttToken(options: { principal: Principal }): Promise<SttToken> {
  const { principal } = options;
  if (principal.kind !== "candidate") {
    throw new ApiError({
      code: "forbidden",
      message: "Only the candidate holding the invite can transcribe their answers.",
    });
  }
  // Before the status check: a client told "off" stops asking; one told "not yet" asks again.
  if (!isSttConfigured()) throw sttUnavailable();
  const interview = await getInterviewCached(principal.interviewId);
  if (!interview) throw notFound("Interview");
  const position = await getPosition({ id: interview.positionId, companyId: interview.companyId });
  if (!position) throw notFound("Position");
  assertInterviewInProgress(interview);
  await takeSttGrant({
    interviewId: interview.id,
    accommodationGrant: interview.accommodationGrant,
  });

  const requestedAt = Date.now();
  const { accessToken, expiresInSeconds } = await grantDeepgramToken({
    ttlSeconds: env.STT_TOKEN_TTL_SECONDS,
  }).catch(async (error: unknown) => {
    await releaseSttTokenGrant({ interviewId: interview.id });
    throw error;
  });
  return {
    token: accessToken,
    // Counted from before the request, so the browser never believes a token lives longer than it does.
    expiresAt: new Date(requestedAt + expiresInSeconds * 1000).toISOString(),
    listenUrl: env.DEEPGRAM_LISTEN_URL,
    model: env.DEEPGRAM_MODEL,
    language: toDeepgramLanguage(position.language),
  };
}
