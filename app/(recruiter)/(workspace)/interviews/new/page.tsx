import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { listPositions } from "@/lib/db/positions";
import { linkClass, PageHeader } from "../../../_components/page-header";
import { CreateInterviewForm } from "./create-interview-form";

export const metadata: Metadata = { title: "Invite a candidate" };

const paramsSchema = z.object({ positionId: z.uuid().optional().catch(undefined) });

export default async function NewInterviewPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requirePageMember("interview:write");
  const { positionId } = paramsSchema.parse(await props.searchParams);
  const positions = await listPositions({
    companyId: member.companyId,
    positionIds: visiblePositionIds(member),
  });
  return (
    <>
      <PageHeader
        title="Invite a candidate"
        description="Questions are picked from the bank to cover each of the position's competencies. The candidate needs no account: the link is their key."
      />
      <div className="mt-6 max-w-3xl">
        {positions.length === 0 ? (
          <p className="text-slate-700">
            Create a{" "}
            <Link href="/positions" className={linkClass}>
              position
            </Link>{" "}
            first.
          </p>
        ) : (
          <CreateInterviewForm
            positions={positions.map(({ id, title }) => ({ id, title }))}
            defaultPositionId={positions.some((p) => p.id === positionId) ? positionId : undefined}
          />
        )}
      </div>
    </>
  );
}
