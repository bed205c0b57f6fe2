// The candidate's upload of review signals, authorised by the invite token like the rest.
import { z } from "zod";
import type { BrowserSignal } from "@/lib/signals/schemas";
import { CandidateApiError } from "./candidate-api";

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export function createIntegritySignalsApi(options: { inviteToken: string; interviewId: string }) {
  return {
    upload: async (signals: BrowserSignal[]) => {
      const response = await fetch(`/api/interviews/${options.interviewId}/signals`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${options.inviteToken}`,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ signals }),
        cache: "no-store",
      });
      if (response.ok) return;
      const error = errorSchema.safeParse(await response.json().catch(() => null));
      throw new CandidateApiError(
        response.status,
        error.success ? error.data.error.code : "http_error",
        error.success ? error.data.error.message : `The server answered ${response.status}.`,
      );
    },
  };
}

export type IntegritySignalsApi = ReturnType<typeof createIntegritySignalsApi>;
