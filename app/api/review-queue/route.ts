import { requireMember } from "@/lib/auth/require-user";
import { getReviewQueue } from "@/lib/compliance/contests/review-queue";
import { reviewQueueQuerySchema } from "@/lib/compliance/contests/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";

// GET /api/review-queue – candidates' contests to answer: open first by due date, overdue marked
// (?status=open|answered, ?interviewId=); evaluators see their positions' only
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:read");
  const query = reviewQueueQuerySchema.parse(readSearchParams(req));
  return Response.json(await getReviewQueue({ member, ...query }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
