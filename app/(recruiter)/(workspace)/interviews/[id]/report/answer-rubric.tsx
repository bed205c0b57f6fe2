import { TableHead } from "@/app/_components/table-head";
import type { Evaluation, RubricVersion } from "@/db/schema";
import { scoreTone } from "@/lib/dashboard/labels";

type Anchors = RubricVersion["criteria"][number]["anchors"];

/** The anchor a point on the 1–5 scale matches; 2 and 4 lie between two written anchors. */
function describePoint(options: { points: number; anchors: Anchors }): string {
  const { points, anchors } = options;
  if (points === 1 || points === 3 || points === 5) return `${points}: ${anchors[points]}`;
  return `${points}: between ${points - 1} and ${points + 1}.`;
}

function CriterionAnchor(props: { points?: number; anchors?: Anchors }) {
  if (props.points === undefined || !props.anchors) return null;
  return (
    <span className="mt-0.5 block text-xs text-slate-600">
      Anchor {describePoint({ points: props.points, anchors: props.anchors })}
    </span>
  );
}

/**
 * How the answer's score was reached: each criterion (with its 1–5 point and the anchor it
 * matched, read from the rubric version it was scored under), and what the offline heuristic
 * measured.
 */
export function AnswerRubric({
  evaluation,
  rubricVersion,
}: {
  evaluation: Evaluation;
  rubricVersion: RubricVersion | null;
}) {
  if (evaluation.rubricScores.length === 0 && !evaluation.measurements) return null;
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-semibold focus-visible:outline-2 focus-visible:outline-indigo-700">
        Rubric: how the score was reached{" "}
        <span className="font-normal text-slate-600">(version {evaluation.rubricVersion})</span>
      </summary>
      <div className={evaluation.measurements ? "mt-2 grid gap-4 lg:grid-cols-[2fr_1fr]" : "mt-2"}>
        {evaluation.rubricScores.length > 0 ? (
          <table className="w-full text-left">
            <TableHead
              className="text-slate-600"
              cellClassName="py-1 font-medium"
              columns={[
                { label: "Criterion", className: "pr-3" },
                { label: "Score", className: "pr-3" },
                "Why",
              ]}
            />
            <tbody>
              {evaluation.rubricScores.map((row) => (
                <tr key={row.key ?? row.criterion} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {row.criterion}
                  </th>
                  <td
                    className={`py-1 pr-3 tabular-nums whitespace-nowrap ${scoreTone(row.score)}`}
                  >
                    {row.points === undefined ? row.score : `${row.points}/5 (${row.score})`}
                  </td>
                  <td className="py-1 text-slate-700">
                    {row.rationale}
                    <CriterionAnchor
                      points={row.points}
                      anchors={rubricVersion?.criteria.find((c) => c.key === row.key)?.anchors}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {evaluation.measurements ? (
          <div className="rounded-md bg-slate-50 p-3 print:bg-white">
            <h5 className="font-medium">What the offline heuristic measured</h5>
            <p className="mt-1 whitespace-pre-line text-slate-700">{evaluation.measurements}</p>
          </div>
        ) : null}
      </div>
    </details>
  );
}
