"use client";
import type { CompetencyCoverage } from "@/lib/competencies/schemas";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import { CompetencyRubricPanel } from "./competency-rubric-panel";

/** The position's anchored rubrics, one collapsible panel per competency, each saved on its own. */
export function RubricEditor(props: {
  positionId: string;
  competencies: string[];
  language: string;
  rubrics: CompetencyRubric[];
  coverage: CompetencyCoverage[];
}) {
  return (
    <div className="grid gap-3">
      {props.competencies.map((competency, index) => {
        const stored = props.rubrics.find((rubric) => rubric.competency === competency);
        return (
          <CompetencyRubricPanel
            key={competency}
            positionId={props.positionId}
            competency={competency}
            language={props.language}
            // Rows from before rubrics existed have none stored; they are scored on the default.
            initial={stored ?? getDefaultRubric({ competency, language: props.language })}
            isOpen={index === 0}
            isGeneric={
              props.coverage.find((entry) => entry.competency === competency)?.rubricSource ===
              "generic"
            }
          />
        );
      })}
    </div>
  );
}
