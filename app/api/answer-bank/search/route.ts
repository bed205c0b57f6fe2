import { requireMember } from "@/lib/auth/require-user";
import { searchAnswerBank } from "@/lib/dashboard/search-answer-bank";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { searchAnswerBankQuerySchema } from "../schema";

// GET /api/answer-bank/search?q=&limit= – the company's banked answers nearest in meaning to q
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "position:write");
  const query = searchAnswerBankQuerySchema.parse(readSearchParams(req));
  const results = await searchAnswerBank({
    companyId: member.companyId,
    text: query.q,
    limit: query.limit,
  });
  return Response.json({ query: query.q, ...results });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
