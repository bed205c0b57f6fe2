import { requireMember } from "@/lib/auth/require-user";
import { listBankedAnswersByQuestion } from "@/lib/db/answer-bank-search";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { listAnswerBankQuerySchema } from "./schema";

// GET /api/answer-bank?limit= – the excellent answers the company's candidates gave, per question
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "position:write");
  const query = listAnswerBankQuerySchema.parse(readSearchParams(req));
  const questions = await listBankedAnswersByQuestion({
    companyId: member.companyId,
    limit: query.limit,
  });
  return Response.json({ questions });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
