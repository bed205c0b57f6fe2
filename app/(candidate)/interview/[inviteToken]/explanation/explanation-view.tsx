import { getCompetencyLabel } from "@/lib/competencies/registry";
import type { ExplainedCompetency, Explanation } from "@/lib/compliance/explanation/schemas";
import type { ExplanationMessages } from "./explanation-messages";

type Props = { explanation: Explanation; messages: ExplanationMessages };

/** What was assessed and how each point was earned, what people changed, and the decision. */
export function ExplanationView({ explanation, messages: m }: Props) {
  const label = (competency: string) =>
    getCompetencyLabel({ competency, language: explanation.language });
  return (
    <>
      <p className="text-slate-700" data-testid="scored-by">
        {explanation.aiScoring ? m.aiScored : m.humanScored}
      </p>
      <Outcome explanation={explanation} messages={m} label={label} />
      {explanation.competencies.map((competency) => (
        <CompetencySection
          key={competency.competency}
          competency={competency}
          title={label(competency.competency)}
          messages={m}
        />
      ))}
      {explanation.aiScoring ? (
        <section aria-labelledby="human-changes-heading">
          <h2 id="human-changes-heading" className="text-xl font-semibold">
            {m.humanChangesHeading}
          </h2>
          {explanation.humanChanges.length === 0 ? (
            <p className="mt-2 text-slate-700">{m.noHumanChanges}</p>
          ) : (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {explanation.humanChanges.map((change) => (
                <li key={`${change.kind}:${change.subject}`}>
                  {m.humanChange(
                    change.kind === "competency" ? label(change.subject) : change.subject,
                    change.aiValue,
                    change.humanValue,
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <p className="text-xs text-slate-500">
        {m.rubricVersions(explanation.rubricVersions.join(", ") || "—")}
      </p>
    </>
  );
}

function Outcome({
  explanation,
  messages: m,
  label,
}: Props & { label: (competency: string) => string }) {
  const { outcome } = explanation;
  return (
    <section aria-labelledby="outcome-heading" className="rounded-lg bg-slate-50 p-4">
      <h2 id="outcome-heading" className="text-xl font-semibold">
        {m.outcomeHeading}
      </h2>
      <p className="mt-2" data-testid="outcome">
        {outcome ? m.outcome[outcome.decision] : m.noOutcome}
      </p>
      {outcome && outcome.principalReasons.length > 0 ? (
        <p className="mt-1 text-slate-700">
          {m.principalReasons}{" "}
          {outcome.principalReasons
            .map((reason) => `${label(reason.competency)} (${reason.score}/100)`)
            .join(", ")}
          .
        </p>
      ) : null}
    </section>
  );
}

function CompetencySection(props: {
  competency: ExplainedCompetency;
  title: string;
  messages: ExplanationMessages;
}) {
  const { competency, messages: m } = props;
  const id = `competency-${competency.competency}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {props.title}
        </h2>
        {competency.score !== null ? (
          <p className="text-sm font-semibold">
            {m.competencyScore(competency.score)}
            {competency.humanScore !== null ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-950">
                {m.changedByPerson(competency.score, competency.humanScore)}
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      <ul className="mt-3 space-y-4">
        {competency.criteria.map((criterion) => (
          <li key={criterion.key}>
            <h3 className="font-semibold">{criterion.name}</h3>
            {criterion.description ? (
              <p className="text-sm text-slate-700">{criterion.description}</p>
            ) : null}
            {criterion.anchors ? (
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                {(["1", "3", "5"] as const).map((point) => (
                  <div key={point} className="contents">
                    <dt className="font-medium">{point}</dt>
                    <dd>{criterion.anchors?.[point]}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <ul className="mt-2 space-y-2">
              {criterion.earned.map((earned) => (
                <li key={earned.questionOrder ?? "scorecard"} className="text-sm">
                  <p className="font-medium">
                    {m.pointsEarned(earned.points, earned.questionOrder)}
                  </p>
                  {earned.quotes.map((quote) => (
                    <q key={quote} className="mt-1 block border-l-4 border-indigo-300 pl-3 italic">
                      {quote}
                    </q>
                  ))}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {competency.otherQuotes.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-semibold">{m.otherQuotes}</h3>
          <ul className="mt-1 space-y-1">
            {competency.otherQuotes.map((item) => (
              <li
                key={`${item.questionOrder}:${item.quote}`}
                className="border-l-4 border-slate-300 pl-3 text-sm"
              >
                <q className="italic">{item.quote}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
