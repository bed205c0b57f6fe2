"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { InterviewStatus } from "@/db/schema/interviews";
import { liveStatuses, statusLabels } from "@/lib/dashboard/labels";
import { StatusBadge } from "../../../_components/status-badge";

// Fast while the candidate answers or the pipeline scores; slow while the invite waits unused.
const pollIntervalMs = 4_000;
const idlePollIntervalMs = 10_000;

/**
 * Follows a running interview: polls its status (and, while the candidate answers, how many
 * questions have an answer) and re-renders the page when the status moves on.
 */
export function LiveStatus(props: {
  interviewId: string;
  initialStatus: InterviewStatus;
  questionCount: number;
  initialAnswered: number;
}) {
  const router = useRouter();
  const [status, setStatus] = useState(props.initialStatus);
  const [answered, setAnswered] = useState(props.initialAnswered);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const isLive = liveStatuses.includes(status);

  useEffect(() => {
    if (!isLive) return;
    let isCancelled = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/interviews/${props.interviewId}`, { cache: "no-store" });
        if (!response.ok || isCancelled) return;
        const body = (await response.json()) as { status: InterviewStatus };
        if (body.status === "in_progress") {
          const transcript = await fetch(`/api/interviews/${props.interviewId}/transcripts`, {
            cache: "no-store",
          });
          if (transcript.ok && !isCancelled) {
            const { segments } = (await transcript.json()) as {
              segments: { questionId: string; speaker: string }[];
            };
            const questions = new Set(
              segments.filter((s) => s.speaker === "candidate").map((s) => s.questionId),
            );
            setAnswered(questions.size);
          }
        }
        if (isCancelled) return;
        setCheckedAt(new Date());
        if (body.status !== status) {
          setStatus(body.status);
          router.refresh();
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    const timer = setInterval(poll, status === "invited" ? idlePollIntervalMs : pollIntervalMs);
    return () => {
      isCancelled = true;
      clearInterval(timer);
    };
  }, [isLive, status, props.interviewId, router]);

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm font-medium text-slate-700">Status</span>
        <span aria-live="polite" aria-atomic="true">
          <span className="sr-only">Interview status: {statusLabels[status]}</span>
          <span aria-hidden="true">
            <StatusBadge status={status} />
          </span>
        </span>
        {isLive ? (
          <span className="flex items-center gap-1.5 text-xs text-slate-600">
            <span
              className="inline-block h-2 w-2 animate-pulse rounded-full bg-emerald-600"
              aria-hidden="true"
            />
            Live{checkedAt ? `, checked ${checkedAt.toLocaleTimeString()}` : ""}
          </span>
        ) : null}
      </div>
      {status === "in_progress" || answered > 0 ? (
        <div className="mt-3">
          <p className="text-sm text-slate-700" id="answer-progress-label">
            Answered {answered} of {props.questionCount} questions
          </p>
          <progress
            aria-labelledby="answer-progress-label"
            max={props.questionCount}
            value={answered}
            className="mt-1 h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-indigo-600"
          />
        </div>
      ) : null}
      {status === "evaluating" || status === "completed" ? (
        <p className="mt-3 text-sm text-slate-700">
          Scoring each answer against the rubric; the report appears here when it is ready.
        </p>
      ) : null}
    </div>
  );
}
