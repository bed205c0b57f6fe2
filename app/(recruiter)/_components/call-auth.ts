"use client";
import type { SendResult } from "./send-json";

type AuthClientResult<T> = {
  data: T | null;
  error: { code?: string; message?: string; status: number } | null;
};

// better-auth speaks of organizations; these pages call them workspaces and say what to do next.
const workspaceWording: Record<string, string> = {
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER:
    "The workspace must keep an owner: make someone else an owner first.",
  YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER:
    "The workspace must keep an owner: make someone else an owner first.",
  USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION:
    "That person is already a member of this workspace.",
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
    const { code, message, status } = result.error;
    return {
      ok: false,
      message:
        (code ? workspaceWording[code] : undefined) || message || `The request failed (${status}).`,
    };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection." };
  }
}
