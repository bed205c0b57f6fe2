import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Interview } from "@/db/schema";
import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { getInterviewCached } from "@/lib/cache/cached-reads";

const idSchema = z.uuid();

/**
 * The interview a page's URL names, if the member may see it (their workspace; for an evaluator,
 * an assigned position). A malformed id, a missing interview and another's all render the same
 * 404 page, like the API.
 */
export async function getOwnInterviewOrNotFound(options: {
  id: string;
  member: MemberPrincipal;
}): Promise<Interview> {
  const parsed = idSchema.safeParse(options.id);
  if (!parsed.success) notFound();
  const interview = await getInterviewCached(parsed.data.toLowerCase());
  if (
    !interview ||
    interview.companyId !== options.member.companyId ||
    !memberSeesPosition(options.member, interview.positionId)
  ) {
    notFound();
  }
  return interview;
}
