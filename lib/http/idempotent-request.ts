import "server-only";
import { createHash } from "node:crypto";
import {
  claimIdempotencyKey,
  releaseIdempotencyKey,
  type StoredIdempotentResponse,
  storeIdempotentResponse,
} from "@/lib/db/idempotency-keys";
import { ApiError } from "./api-error";

/** How long a key holds its first answer; the maintenance purge deletes older ones. */
export const idempotencyKeyMaxAgeMs = 24 * 60 * 60 * 1000;

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key` header: required, 1–255 visible ASCII characters (a UUID fits). */
export function readIdempotencyKey(req: Request): string {
  const key = req.headers.get("idempotency-key")?.trim() ?? "";
  if (!keyPattern.test(key)) {
    throw new ApiError({
      code: "bad_request",
      message:
        "Send an Idempotency-Key header (1–255 visible ASCII characters, e.g. a UUID) so a retried request does not create twice.",
    });
  }
  return key;
}

/** JSON with object keys sorted at every depth: the same body hashes the same however it was ordered. */
function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toCanonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${toCanonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function hashRequestBody(body: unknown): string {
  return createHash("sha256").update(toCanonicalJson(body)).digest("hex");
}

/**
 * Answers a request made with an Idempotency-Key: the first one runs and its answer is kept; the
 * same key with the same body gets that answer again (`Idempotent-Replayed: true`); another body,
 * or a repeat while the first is still running, is a 409. A run that throws frees the key.
 */
export async function respondIdempotently(options: {
  companyId: string;
  /** "POST /api/interviews/batch": keys are per route and per workspace. */
  route: string;
  idempotencyKey: string;
  body: unknown;
  run: () => Promise<StoredIdempotentResponse>;
}): Promise<Response> {
  const key = `${options.route}:${options.idempotencyKey}`;
  const { companyId } = options;
  const claim = await claimIdempotencyKey({
    companyId,
    key,
    requestHash: hashRequestBody(options.body),
    maxAgeMs: idempotencyKeyMaxAgeMs,
  });
  if (claim.kind === "other_body") {
    throw new ApiError({
      code: "idempotency_key_reused",
      message: "This Idempotency-Key was used with another body; use a new key for a new request.",
    });
  }
  if (claim.kind === "in_flight") {
    throw new ApiError({
      code: "idempotency_key_in_flight",
      message: "A request with this Idempotency-Key is still being answered; retry in a moment.",
      headers: { "retry-after": "2" },
    });
  }
  if (claim.kind === "replay") {
    return Response.json(claim.response.body, {
      status: claim.response.status,
      headers: { "idempotent-replayed": "true" },
    });
  }
  let response: StoredIdempotentResponse;
  try {
    response = await options.run();
  } catch (error) {
    await releaseIdempotencyKey({ companyId, key });
    throw error;
  }
  await storeIdempotentResponse({ companyId, key, response });
  return Response.json(response.body, { status: response.status });
}
