import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Interview } from "@/db/schema";
import { getInterviewCached } from "@/lib/cache/cached-reads";

const idSchema = z.uuid();

/**
 * The interview a page's URL names, if it belongs to the recruiter's company. A malformed id, a
 * missing interview and another company's all render the same 404 page, like the API.
 */
export async function getOwnInterviewOrNotFound(options: {
  id: string;
  companyId: string;
}): Promise<Interview> {
  const parsed = idSchema.safeParse(options.id);
  if (!parsed.success) notFound();
  const interview = await getInterviewCached(parsed.data.toLowerCase());
  if (!interview || interview.companyId !== options.companyId) notFound();
  return interview;
}
