import { Panel } from "@/app/_components/panel";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { getReviewQueue } from "@/lib/compliance/contests/review-queue";
import { ContestItems } from "../../review-queue/contest-items";

/** The interview's contests from the review queue; nothing when the candidate sent none. */
export async function ContestsSection(props: { interviewId: string; member: MemberPrincipal }) {
  const { contests } = await getReviewQueue({
    member: props.member,
    interviewId: props.interviewId,
  });
  if (contests.length === 0) return null;
  return (
    <Panel heading="Contests" headingStyle="normal">
      <ContestItems
        items={contests}
        canAnswer={roleCan(props.member.role, "decision:write")}
        showInterview={false}
      />
    </Panel>
  );
}
