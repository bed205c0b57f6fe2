// The candidate's choices on the notice screen, and the request that sends them.
import { z } from "zod";
import type { AccommodationKind } from "@/db/schema/notice-and-accommodations";
import { interviewPreferencesViewSchema } from "@/lib/compliance/accommodations/schemas";
import type { CandidateNoticeState } from "@/lib/compliance/notice/notice-state";
import type { PostPreferencesInput } from "@/lib/compliance/notice/schemas";

export type NoticeChoices = {
  noAiScoring: boolean;
  askAccommodation: boolean;
  kinds: AccommodationKind[];
  note: string;
};

/** What the page shows first: the choices sent before (a reload), else none. */
export function initialNoticeChoices(notice: CandidateNoticeState | null): NoticeChoices {
  return {
    noAiScoring: notice ? !notice.aiScoring : false,
    askAccommodation: Boolean(notice?.request),
    kinds: notice?.request?.kinds ?? [],
    note: notice?.request?.note ?? "",
  };
}

export function isChoiceComplete(choices: NoticeChoices): boolean {
  return !choices.askAccommodation || choices.kinds.length > 0;
}

export function toPreferencesBody(hash: string, choices: NoticeChoices): PostPreferencesInput {
  return {
    noticeHash: hash,
    aiScoring: !choices.noAiScoring,
    ...(choices.askAccommodation
      ? { accommodation: { kinds: choices.kinds, note: choices.note.trim() } }
      : {}),
  };
}

const errorSchema = z.object({ error: z.object({ code: z.string() }) });

/** Sends the choices; the error code ("notice_changed", …) when the server refuses them. */
export async function sendNoticeChoices(options: {
  inviteToken: string;
  interviewId: string;
  body: PostPreferencesInput;
}): Promise<{ ok: true } | { ok: false; code: string }> {
  const response = await fetch(`/api/interviews/${options.interviewId}/preferences`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${options.inviteToken}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(options.body),
    cache: "no-store",
  });
  const json: unknown = await response.json().catch(() => null);
  if (response.ok && interviewPreferencesViewSchema.safeParse(json).success) return { ok: true };
  return { ok: false, code: errorSchema.safeParse(json).data?.error.code ?? "http_error" };
}
