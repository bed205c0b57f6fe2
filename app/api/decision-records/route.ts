import { requireMember } from "@/lib/auth/require-user";
import { hashInterviewId } from "@/lib/compliance/decision-records/interview-id-hash";
import { listDecisionRecordsByInterviewIdHash } from "@/lib/db/decision-records";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { listDecisionRecordsQuerySchema } from "./schema";

// GET /api/decision-records?interviewId= – the de-identified records an erase left of one
// interview in the caller's workspace, found by the hash of the id the auditor holds
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "candidate-data:manage");
  const { interviewId } = listDecisionRecordsQuerySchema.parse(readSearchParams(req));
  const interviewIdHash = hashInterviewId(interviewId);
  const records = await listDecisionRecordsByInterviewIdHash({
    companyId: member.companyId,
    interviewIdHash,
  });
  return Response.json({ interviewIdHash, records });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
