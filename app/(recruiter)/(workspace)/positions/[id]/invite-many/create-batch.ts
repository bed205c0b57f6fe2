"use client";
import type { BatchCandidate, BatchInviteResult } from "@/lib/batch-invites/schemas";

export type CreateBatchResult =
  | { ok: true; data: BatchInviteResult }
  | { ok: false; message: string };

/**
 * Creates the batch. The key is made once per preview, so a second click or a retry after a lost
 * answer gets the first result instead of creating the interviews twice.
 */
export async function createBatch(options: {
  positionId: string;
  candidates: BatchCandidate[];
  sendInvitations: boolean;
  idempotencyKey: string;
}): Promise<CreateBatchResult> {
  try {
    const response = await fetch("/api/interviews/batch", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": options.idempotencyKey },
      body: JSON.stringify({
        positionId: options.positionId,
        candidates: options.candidates,
        sendInvitations: options.sendInvitations,
      }),
      credentials: "same-origin",
    });
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: payload as BatchInviteResult };
    const message = (payload as { error?: { message?: string } } | null)?.error?.message;
    return { ok: false, message: message ?? `Creating failed (${response.status}).` };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection." };
  }
}
