import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Panel } from "@/app/_components/panel";
import { candidateSorts } from "@/app/api/positions/[id]/candidates/schema";
import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { addHumanOverallScores } from "@/lib/compliance/scorecard/human-overall-scores";
import { scoreFill } from "@/lib/dashboard/labels";
import { listHumanScoredInterviews } from "@/lib/db/human-scorecard";
import { listPositionCandidates } from "@/lib/db/position-candidates";
import { getPosition } from "@/lib/db/positions";
import { ScoreBarChart } from "../../../../_components/charts/score-bar-chart";
import { linkClass, PageHeader } from "../../../../_components/page-header";
import { type CompareRow, CompareTable } from "./compare-table";
import { HumanScorecardCandidates } from "./human-scorecard-candidates";
import { SortControl } from "./sort-control";

export const metadata: Metadata = { title: "Compare candidates" };

/** A sort the page does not know falls back to the default order rather than an error page. */
const sortParam = z.enum(candidateSorts).optional().catch(undefined);

export default async function ComparePage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sort?: string | string[] }>;
}) {
  const member = await requirePageMember("interview:read");
  const id = z.uuid().safeParse((await props.params).id);
  const sort = sortParam.parse((await props.searchParams).sort);
  if (!id.success) notFound();
  const position = await getPosition({ id: id.data.toLowerCase(), companyId: member.companyId });
  if (!position || !memberSeesPosition(member, position.id)) notFound();
  const candidates = await listPositionCandidates({
    companyId: member.companyId,
    positionId: position.id,
    order: sort ?? "trusted",
  });
  const humanScored = await addHumanOverallScores(
    await listHumanScoredInterviews({ companyId: member.companyId, positionId: position.id }),
  );
  const hasOfflineScores = candidates.some((candidate) => candidate.scoredBy === "offline");
  // The position's competencies first, then any a report scored that the position since dropped.
  const competencies = [
    ...new Set([
      ...position.competencies,
      ...candidates.flatMap((c) => c.competencyScores.map((s) => s.competency)),
    ]),
  ].map((competency) => ({
    competency,
    label: getCompetencyLabel({ competency, language: position.language }),
  }));
  const rows: CompareRow[] = candidates.map((candidate) => ({
    interviewId: candidate.interviewId,
    candidateName: candidate.candidateName,
    overallScore: candidate.overallScore,
    humanOverallScore: candidate.humanOverallScore ?? null,
    scoredBy: candidate.scoredBy,
    recommendation: candidate.recommendation,
    decision: candidate.decision?.decision ?? null,
    scores: Object.fromEntries(candidate.competencyScores.map((s) => [s.competency, s.score])),
    humanScores: Object.fromEntries(
      candidate.competencyScores.flatMap((s) =>
        s.humanScore === undefined ? [] : [[s.competency, s.humanScore]],
      ),
    ),
  }));

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/positions/${position.id}`} className={linkClass}>
            ← {position.title}
          </Link>
        }
        title="Compare candidates"
        description={`Evaluated candidates for ${position.title}, with overall and per-competency scores. Open a name for the full report with evidence.`}
      />
      {rows.length > 0 ? (
        <div className="mt-4 space-y-2">
          <SortControl positionId={position.id} sort={sort ?? null} />
          {hasOfflineScores ? (
            <p className="max-w-3xl text-sm text-slate-700">
              Scores marked “screening” come from the offline scorer, not from a model or a person:
              they are a screening aid, not a ranking. Those candidates are listed by completion
              time, newest first, after the candidates a model or a person scored; sort by score to
              order everyone by it on purpose.
            </p>
          ) : null}
        </div>
      ) : null}
      {rows.length === 0 ? (
        humanScored.length === 0 ? (
          <p className="mt-6 text-slate-700">
            No evaluated interviews for this position yet.{" "}
            <Link href={`/interviews/new?positionId=${position.id}`} className={linkClass}>
              Invite a candidate
            </Link>
            .
          </p>
        ) : null
      ) : (
        <div className="mt-6 space-y-6">
          <Panel heading="Overall score" headingStyle="normal" padding="roomy">
            <ScoreBarChart
              bars={rows.map((row) => ({
                label: row.candidateName,
                value: row.humanOverallScore ?? row.overallScore,
                fill: scoreFill(row.humanOverallScore ?? row.overallScore),
              }))}
            />
            <p className="text-xs text-slate-600">
              Where a recruiter overrode a competency, the chart and table use the human value,
              marked “human”, with the AI&apos;s beside it.
            </p>
            <p className="sr-only">The table below lists the same scores.</p>
          </Panel>
          <Panel
            heading={`${rows.length} candidate${rows.length === 1 ? "" : "s"}`}
            tone="plain"
            headingClassName="mb-3"
          >
            <CompareTable key={sort ?? "trusted"} rows={rows} competencies={competencies} />
          </Panel>
        </div>
      )}
      <div className="mt-6">
        <HumanScorecardCandidates rows={humanScored} />
      </div>
    </>
  );
}
