"use client";
// While the pipeline runs, the page polls the interview's status, then fetches the report.
import { useEffect } from "react";
import type { CandidateApi, CandidateReport, InterviewStatus } from "./candidate-api";
import { useLatestCallback } from "./use-latest-callback";

const pollMs = 1_500;

export function useEvaluationResult(options: {
  api: CandidateApi;
  isActive: boolean;
  onStatus: (status: InterviewStatus) => void;
  onReport: (report: CandidateReport) => void;
  onFailed: (reason: string | null) => void;
}) {
  const { api, isActive } = options;
  const onStatus = useLatestCallback(options.onStatus);
  const onReport = useLatestCallback(options.onReport);
  const onFailed = useLatestCallback(options.onFailed);
  useEffect(() => {
    if (!isActive) return;
    let cancelled = false;
    const poll = async () => {
      try {
        const interview = await api.getInterview();
        if (cancelled) return;
        onStatus(interview.status);
        if (interview.status === "evaluated") {
          const report = await api.getReport();
          if (!cancelled) onReport(report);
        } else if (interview.status === "failed") {
          onFailed(interview.failureReason ?? null);
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    void poll();
    const timer = setInterval(poll, pollMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [api, isActive, onStatus, onReport, onFailed]);
}
