import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { getReviewQueue } from "@/lib/compliance/contests/review-queue";
import { contestStatusSchema } from "@/lib/compliance/contests/schemas";
import { linkClass, PageHeader } from "../../_components/page-header";
import { ContestItems } from "./contest-items";

export const metadata: Metadata = { title: "Review queue" };

const paramsSchema = z.object({
  status: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), contestStatusSchema)
    .catch("open"),
});

/** Candidates' contests of their results, open ones soonest due first. */
export default async function ReviewQueuePage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requirePageMember("interview:read");
  const { status } = paramsSchema.parse(await props.searchParams);
  const { contests } = await getReviewQueue({ member, status });
  const other = status === "open" ? "answered" : "open";
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Candidates who contest or correct their result from its explanation. Each is due by the workspace's deadline; the answer is mailed to the candidate and kept in the interview's audit trail."
        actions={
          <Link href={`/review-queue?status=${other}`} className={linkClass}>
            Show {other}
          </Link>
        }
      />
      <h2 className="mt-6 font-semibold">{status === "open" ? "Open" : "Answered"}</h2>
      {contests.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {status === "open" ? "Nothing waits for an answer." : "No answered contests yet."}
        </p>
      ) : (
        <ContestItems
          items={contests}
          canAnswer={roleCan(member.role, "decision:write")}
          showInterview
        />
      )}
    </>
  );
}
