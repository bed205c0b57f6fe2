"use client";
import type { SendResult } from "./send-json";

type AuthClientResult<T> = {
  data: T | null;
  error: { message?: string; status: number; statusText?: string } | null;
};

/**
 * Calls a better-auth client method and turns its `{data, error}` (or a network failure) into the
 * same result `sendJson` gives, so pages show one kind of message for both APIs.
 */
export async function callAuth<T>(
  call: () => Promise<AuthClientResult<T>>,
): Promise<SendResult<T | null>> {
  try {
    const result = await call();
    if (!result.error) return { ok: true, data: result.data };
    return {
      ok: false,
      message: result.error.message || `The request failed (${result.error.status}).`,
    };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection." };
  }
}
