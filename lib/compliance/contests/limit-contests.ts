import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";

// A few requests an hour per interview: enough to correct a slip, too few to flood the queue.
const contestLimit = { name: "contests", limit: 3, windowSeconds: 60 * 60 };

/** Counts one contest attempt of the interview; 429 with Retry-After past the limit. */
export async function limitContests(options: { interviewId: string }): Promise<void> {
  const result = await getRateLimiter(contestLimit).check(`contest:${options.interviewId}`);
  if (result.isAllowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000));
  throw new ApiError({
    code: "rate_limited",
    message: `Too many requests about this interview: at most ${result.limit} an hour. Retry in ${Math.ceil(retryAfterSeconds / 60)} min.`,
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}
