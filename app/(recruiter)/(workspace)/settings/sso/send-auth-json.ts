"use client";
import type { SendResult } from "../../../_components/send-json";

/** Posts to a better-auth endpoint, whose errors are `{message, code}` rather than our envelope. */
export async function sendAuthJson(path: string, body: unknown): Promise<SendResult<unknown>> {
  try {
    const response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: payload };
    const message = (payload as { message?: string } | null)?.message;
    return { ok: false, message: message || `The request failed (${response.status}).` };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection." };
  }
}
