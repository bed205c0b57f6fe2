"use client";

export type SendResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Calls our API with the session cookie and turns the error envelope into a message to show. */
export async function sendJson<T>(
  url: string,
  options: { method?: string; body?: unknown } = {},
): Promise<SendResult<T>> {
  try {
    const response = await fetch(url, {
      method: options.method ?? "POST",
      headers: options.body === undefined ? undefined : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
    });
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: payload as T };
    const message = (payload as { error?: { message?: string } } | null)?.error?.message;
    return { ok: false, message: message ?? `The request failed (${response.status}).` };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection." };
  }
}
