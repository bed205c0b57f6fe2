import { Panel } from "@/app/_components/panel";
import type { readSpendLimitStats } from "@/lib/interviews/spend-limit-counters";
import { Figure } from "./cache-section";

type SpendLimitStats = Awaited<ReturnType<typeof readSpendLimitStats>>;

/** What the per-interview limits refused: many refusals mean abuse, or a limit set too low. */
export function SpendLimitsSection({ stats }: { stats: SpendLimitStats }) {
  return (
    <Panel heading="Speech, model and media limits" padding="roomy">
      <p className="mt-1 text-sm text-slate-700">
        {stats.sttTokensPerInterview} speech-to-text tokens per interview; interviews end after{" "}
        {stats.maxInterviewMinutes} minutes; {stats.followUpModelCallsPerInterview} follow-up model
        calls per interview; recordings up to {formatMebibytes(stats.recordingMaxBytesPerInterview)}{" "}
        and {stats.recordingsPerInterview} files per interview.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <RefusalFigure label="Speech tokens refused: budget spent" value={stats.sttBudgetRefused} />
        <RefusalFigure label="Speech tokens refused: over time" value={stats.sttTimeLimitRefused} />
        <RefusalFigure
          label="Media tokens refused: over time"
          value={stats.mediaTimeLimitRefused}
        />
        <Figure label="Interviews ended at the time limit" value={stats.endedAtTimeLimit} />
        <RefusalFigure
          label="Follow-up model calls refused: budget spent"
          value={stats.followUpModelCallsRefused}
        />
        <RefusalFigure
          label="Recording uploads refused: quota"
          value={stats.recordingQuotaRefused}
        />
      </dl>
    </Panel>
  );
}

/** A refusal count, in amber once anything was refused. */
function RefusalFigure({ label, value }: { label: string; value: number }) {
  return <Figure label={label} value={value} tone={value > 0 ? "text-amber-800" : undefined} />;
}

function formatMebibytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
