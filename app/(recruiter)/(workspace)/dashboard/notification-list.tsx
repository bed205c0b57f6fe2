"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { NotificationView } from "@/lib/notifications/schemas";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import { secondaryButtonClass } from "../../_components/page-header";
import { sendJson } from "../../_components/send-json";

export type NoticeItem = Pick<
  NotificationView,
  "id" | "kind" | "interviewId" | "candidateName" | "positionTitle"
> & { isUnread: boolean; when: string };

const kindLabels: Record<NoticeItem["kind"], string> = {
  report_ready: "Report ready",
  report_needs_review: "Report needs a review",
  contested: "Result contested",
  accommodation_requested: "Accommodation requested",
};

/** Notices linking to their interviews; opening one marks it read, or all at once. */
export function NotificationList(props: { notices: NoticeItem[]; unreadCount: number }) {
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  async function markAllRead() {
    setIsPending(true);
    setMessage(null);
    const result = await sendJson("/api/notifications/read", { body: { all: true } });
    setIsPending(false);
    if (result.ok) router.refresh();
    else setMessage({ isError: true, text: result.message });
  }

  if (props.notices.length === 0) {
    return <p className="mt-2 text-slate-700">Nothing new: reports on your positions show here.</p>;
  }
  return (
    <>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {props.notices.map((notice) => (
          <li key={notice.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-3">
            <Link
              href={`/interviews/${notice.interviewId}`}
              className={`text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700 ${notice.isUnread ? "font-semibold" : ""}`}
              onClick={() => {
                // Marked on the way out; the interview page opens whether or not this lands.
                if (notice.isUnread)
                  void sendJson("/api/notifications/read", { body: { ids: [notice.id] } });
              }}
            >
              {kindLabels[notice.kind]}: {notice.candidateName}, {notice.positionTitle}
            </Link>
            {notice.isUnread ? (
              <span className="rounded bg-indigo-100 px-1.5 text-xs font-medium text-indigo-900">
                Unread
              </span>
            ) : null}
            <span className="text-sm text-slate-600">{notice.when}</span>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-3" hidden={props.unreadCount === 0}>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={isPending}
          onClick={() => void markAllRead()}
        >
          {isPending ? "Marking…" : "Mark all read"}
        </button>
        <FormMessage message={message} />
      </div>
    </>
  );
}
