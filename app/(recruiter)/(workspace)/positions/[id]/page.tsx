import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Panel } from "@/app/_components/panel";
import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { getPositionCoverage } from "@/lib/competencies/get-position-coverage";
import { getOpenScoringReplay } from "@/lib/compliance/replay/replay-view";
import { getPosition } from "@/lib/db/positions";
import { env } from "@/lib/env.mjs";
import {
  buttonClass,
  linkClass,
  PageHeader,
  secondaryButtonClass,
} from "../../../_components/page-header";
import { PositionForm } from "../position-form";
import { CompetencyWarnings } from "./competency-warnings";
import { PositionEvaluators } from "./position-evaluators";
import { PositionSummary } from "./position-summary";
import { RubricEditor } from "./rubric-editor";
import { ScoringReplayPanel } from "./scoring-replay-panel";

export const metadata: Metadata = { title: "Position" };

export default async function PositionPage(props: { params: Promise<{ id: string }> }) {
  const member = await requirePageMember("position:read");
  const id = z.uuid().safeParse((await props.params).id);
  if (!id.success) notFound();
  const position = await getPosition({ id: id.data.toLowerCase(), companyId: member.companyId });
  if (!position || !memberSeesPosition(member, position.id)) notFound();
  const coverage = await getPositionCoverage(position);
  // Evaluators read the position (what their candidates were asked); the hiring team edits it.
  const canEdit = roleCan(member.role, "position:write");
  const replay = canEdit
    ? await getOpenScoringReplay({ positionId: position.id, companyId: member.companyId, member })
    : null;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/positions" className={linkClass}>
            ← Positions
          </Link>
        }
        title={position.title}
        actions={
          <>
            <Link href={`/positions/${position.id}/compare`} className={secondaryButtonClass}>
              Compare candidates
            </Link>
            {roleCan(member.role, "adverse-impact:read") ? (
              <Link
                href={`/positions/${position.id}/adverse-impact`}
                className={secondaryButtonClass}
              >
                Adverse impact
              </Link>
            ) : null}
            {roleCan(member.role, "interview:write") ? (
              <>
                <Link
                  href={`/positions/${position.id}/invite-many`}
                  className={secondaryButtonClass}
                >
                  Invite many
                </Link>
                <Link href={`/interviews/new?positionId=${position.id}`} className={buttonClass}>
                  Invite a candidate
                </Link>
              </>
            ) : null}
          </>
        }
      />
      {canEdit ? (
        <>
          <CompetencyWarnings coverage={coverage} />
          <div className="mt-6 max-w-2xl">
            <p className="mb-3 text-sm text-slate-700">
              Changes apply to interviews created from now on; existing interviews keep their
              questions.
            </p>
            <PositionForm
              initial={{
                id: position.id,
                title: position.title,
                description: position.description,
                competencies: position.competencies,
                language: position.language,
                followUpsPerQuestion: position.followUpsPerQuestion,
                answerSeconds: position.answerSeconds,
                externalJobId: position.externalJobId,
              }}
            />
          </div>
          <Panel heading="Scoring rubrics" tone="plain" className="mt-10 max-w-4xl">
            <p className="mt-1 mb-3 text-sm text-slate-700">
              Each competency is scored on 3–5 criteria, each rated 1–5 against written anchors.
              Saving creates a new rubric version: new evaluations use it, existing scores keep the
              version they were made with. Once the position has evaluated interviews, a change is
              first replayed on the last {env.SCORING_REPLAY_SAMPLE} of them and applies when you
              confirm it.
            </p>
            {replay ? <ScoringReplayPanel replay={replay} language={position.language} /> : null}
            <RubricEditor
              positionId={position.id}
              competencies={position.competencies}
              language={position.language}
              rubrics={position.rubrics}
              coverage={coverage}
            />
          </Panel>
        </>
      ) : (
        <PositionSummary position={position} />
      )}
      <PositionEvaluators member={member} positionId={position.id} />
    </>
  );
}
