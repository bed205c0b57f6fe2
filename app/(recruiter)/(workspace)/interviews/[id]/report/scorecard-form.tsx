"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { HumanScorecard } from "@/lib/compliance/scorecard/schemas";
import { FormMessage } from "../../../../_components/form-message";
import { buttonClass, inputClass } from "../../../../_components/page-header";
import { sendJson } from "../../../../_components/send-json";
import { useSendAction } from "../../../../_components/use-send-action";

const scalePoints = [1, 2, 3, 4, 5] as const;

type Draft = Record<string, { points: number | null; quote: string }>;
const keyOf = (competency: string, criterionKey: string) => `${competency}/${criterionKey}`;

function toDraft(scorecard: HumanScorecard): Draft {
  return Object.fromEntries(
    scorecard.competencies.flatMap((row) =>
      row.criteria.map((criterion) => [
        keyOf(row.competency, criterion.key),
        { points: criterion.points, quote: criterion.quote },
      ]),
    ),
  );
}

/**
 * The human scorecard: 1–5 per rubric criterion against its written anchors, with the candidate's
 * words that earned it. Saved together; the server checks each quote against the transcript and
 * computes the scores, which show after the page reloads its data.
 */
export function ScorecardForm(props: {
  interviewId: string;
  scorecard: HumanScorecard;
  canScore: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(props.scorecard));
  const { isPending, message, run } = useSendAction();

  function update(key: string, change: Partial<Draft[string]>) {
    setDraft((current) => ({
      ...current,
      [key]: { points: null, quote: "", ...current[key], ...change },
    }));
  }

  async function save() {
    const entries = props.scorecard.competencies.flatMap((row) =>
      row.criteria.flatMap((criterion) => {
        const value = draft[keyOf(row.competency, criterion.key)];
        if (!value?.points) return [];
        return [
          {
            competency: row.competency,
            criterionKey: criterion.key,
            points: value.points,
            quote: value.quote,
          },
        ];
      }),
    );
    if (entries.length === 0) return;
    const result = await run(
      () =>
        sendJson(`/api/interviews/${props.interviewId}/scorecard`, {
          method: "PUT",
          body: { entries },
        }),
      () => "Scorecard saved.",
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {props.scorecard.competencies.map((row) => (
        <section key={row.competency} aria-labelledby={`${id}-${row.competency}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`${id}-${row.competency}`} className="text-lg font-semibold capitalize">
              {row.competency.replace(/[-_]+/g, " ")}
            </h3>
            <p className="text-sm text-slate-700">
              {row.questionCount} {row.questionCount === 1 ? "question" : "questions"} ·{" "}
              <span className="font-medium">Competency score:</span>{" "}
              <span className="tabular-nums">
                {row.humanScore === null
                  ? "not yet (score every criterion)"
                  : `${row.humanScore}/100`}
              </span>
            </p>
          </div>
          <div className="mt-2 space-y-4">
            {row.criteria.map((criterion) => {
              const key = keyOf(row.competency, criterion.key);
              const value = draft[key];
              const fieldId = `${id}-${row.competency}-${criterion.key}`;
              return (
                <div key={key} className="rounded-md border border-slate-200 p-3">
                  <p id={`${fieldId}-name`} className="font-medium">
                    {criterion.name}
                  </p>
                  <p className="text-sm text-slate-700">{criterion.description}</p>
                  <dl id={`${fieldId}-anchors`} className="mt-2 grid gap-1 text-sm sm:grid-cols-3">
                    {(["1", "3", "5"] as const).map((point) => (
                      <div key={point} className="rounded bg-slate-50 p-2">
                        <dt className="font-medium">{point}</dt>
                        <dd className="text-slate-700">{criterion.anchors[point]}</dd>
                      </div>
                    ))}
                  </dl>
                  <div
                    role="radiogroup"
                    aria-labelledby={`${fieldId}-name`}
                    aria-describedby={`${fieldId}-anchors`}
                    className="mt-2 flex flex-wrap gap-3"
                  >
                    {scalePoints.map((point) => (
                      <label key={point} className="inline-flex items-center gap-1 text-sm">
                        <input
                          type="radio"
                          name={fieldId}
                          value={point}
                          checked={value?.points === point}
                          disabled={!props.canScore}
                          onChange={() => update(key, { points: point })}
                        />
                        {point}
                      </label>
                    ))}
                  </div>
                  <label htmlFor={`${fieldId}-quote`} className="mt-2 block text-sm font-medium">
                    Quote from the answer
                    <span className="sr-only"> for {criterion.name}</span>
                  </label>
                  <textarea
                    id={`${fieldId}-quote`}
                    rows={2}
                    value={value?.quote ?? ""}
                    disabled={!props.canScore}
                    onChange={(event) => update(key, { quote: event.target.value })}
                    className={inputClass}
                  />
                </div>
              );
            })}
          </div>
        </section>
      ))}
      {props.canScore ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass} disabled={isPending}>
            {isPending ? "Saving…" : "Save scorecard"}
          </button>
          <FormMessage message={message} />
        </div>
      ) : null}
    </form>
  );
}
