"use client";
import type { CsvPreview } from "@/lib/batch-invites/schemas";

export type PreviewResult = { ok: true; data: CsvPreview } | { ok: false; message: string };

/** Sends the CSV text to the preview route: the server reads it and checks every row. */
export async function readCsvPreview(options: {
  positionId: string;
  csv: string;
}): Promise<PreviewResult> {
  try {
    const response = await fetch(
      `/api/interviews/batch/preview?positionId=${encodeURIComponent(options.positionId)}`,
      {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: options.csv,
        credentials: "same-origin",
      },
    );
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: payload as CsvPreview };
    const message = (payload as { error?: { message?: string } } | null)?.error?.message;
    return { ok: false, message: message ?? `The check failed (${response.status}).` };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection." };
  }
}
