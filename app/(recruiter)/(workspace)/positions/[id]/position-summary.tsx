import { Panel } from "@/app/_components/panel";
import type { Position } from "@/db/schema";
import { getCompetencyLabel } from "@/lib/competencies/registry";

/** What an evaluator reads of a position they review: its description and competencies. */
export function PositionSummary({ position }: { position: Position }) {
  return (
    <Panel heading="About this position" tone="plain" className="mt-6 max-w-2xl">
      {position.description ? (
        <p className="mt-1 whitespace-pre-line text-slate-800">{position.description}</p>
      ) : null}
      <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Competencies">
        {position.competencies.map((competency) => (
          <li key={competency} className="rounded-full bg-slate-100 px-2 py-0.5 text-sm">
            {getCompetencyLabel({ competency, language: position.language })}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
