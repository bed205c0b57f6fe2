"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import type { ScoringReplayView } from "@/lib/compliance/replay/schemas";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";
import { ReplayImpactTable } from "./replay-impact-table";

const refreshMs = 2000;
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/**
 * The position's latest replay of a proposed scoring change: running (the page refreshes itself),
 * then its shifts per competency, band changes and impact ratios, with Apply and Discard.
 */
export function ScoringReplayPanel(props: { replay: ScoringReplayView; language: string }) {
  const { replay } = props;
  const router = useRouter();
  const { isPending, message, run } = useSendAction();
  const isRunning = replay.status === "running";

  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => router.refresh(), refreshMs);
    return () => clearInterval(timer);
  }, [isRunning, router]);

  async function act(action: "apply" | "discard") {
    const result = await run(() =>
      sendJson(`/api/positions/${replay.positionId}/scoring-replays/${replay.id}/${action}`),
    );
    if (result.ok) router.refresh();
  }

  const what = replay.change.rubrics
    ? "rubric change"
    : `model preview (${replay.change.model ?? "model"})`;
  return (
    <section
      aria-labelledby="scoring-replay-heading"
      className="mb-4 rounded-lg border border-indigo-200 bg-indigo-50/40 p-4"
    >
      <h3 id="scoring-replay-heading" className="font-medium text-slate-900">
        Replay of the {what}
      </h3>
      {isRunning ? (
        <p role="status" className="mt-1 text-sm text-slate-700">
          Replaying on the last {replay.sampleSize} evaluated interviews… Nothing applies until you
          confirm.
        </p>
      ) : null}
      {replay.status === "failed" ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {replay.error ?? "The replay failed."}
        </p>
      ) : null}
      {replay.status === "ready" && replay.result ? (
        <ReplayFigures replay={replay} language={props.language} />
      ) : null}
      {replay.status === "ready" || isRunning ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {replay.status === "ready" && replay.change.rubrics ? (
            <button
              type="button"
              className={buttonClass}
              disabled={isPending}
              onClick={() => act("apply")}
            >
              Apply rubric change
            </button>
          ) : null}
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            onClick={() => act("discard")}
          >
            Discard
          </button>
          {replay.change.model ? (
            <span className="text-sm text-slate-700">A model change applies with a deploy.</span>
          ) : null}
          <FormMessage message={message} />
        </div>
      ) : null}
    </section>
  );
}

function ReplayFigures(props: { replay: ScoringReplayView; language: string }) {
  const result = props.replay.result;
  if (!result) return null;
  return (
    <div className="mt-2 grid gap-3 text-sm text-slate-800">
      <p>
        {result.interviewCount} interviews re-scored by {result.scoredBy.model} in{" "}
        {((props.replay.durationMs ?? 0) / 1000).toFixed(1)} s; {result.scoringCalls.made} of at
        most {result.scoringCalls.limit} scoring calls. {result.bandChanges.count} of{" "}
        {result.interviewCount} candidates change band ({result.bandChanges.basis}).
      </p>
      {result.notes.map((note) => (
        <p key={note} className="text-slate-700">
          {note}
        </p>
      ))}
      <table className="w-full text-left">
        <caption className="sr-only">Score shift per competency (new − old)</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <th scope="col" className="py-1 pr-3 font-medium">
              Competency
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Mean shift
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Largest shift
            </th>
            <th scope="col" className="py-1 font-medium">
              Interviews
            </th>
          </tr>
        </thead>
        <tbody>
          {result.competencies.map((row) => (
            <tr key={row.competency} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-3 font-normal">
                {getCompetencyLabel({ competency: row.competency, language: props.language })}
              </th>
              <td className="py-1 pr-3 tabular-nums">{signed(row.meanShift)}</td>
              <td className="py-1 pr-3 tabular-nums">
                {signed(row.largestShift)}
                {row.largestShiftInterviewIds.length > 0
                  ? ` (${row.largestShiftInterviewIds.length} interview${row.largestShiftInterviewIds.length === 1 ? "" : "s"})`
                  : ""}
              </td>
              <td className="py-1 tabular-nums">{row.interviewCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.impact ? (
        <div>
          <p>
            Impact ratios on scores ≥ {result.impact.threshold} ({result.impact.selfIdentifiedCount}{" "}
            of {result.interviewCount} self-identified):
          </p>
          <ReplayImpactTable impact={result.impact} />
        </div>
      ) : null}
    </div>
  );
}
