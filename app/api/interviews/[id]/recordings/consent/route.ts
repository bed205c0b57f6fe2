import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { getCompanyById } from "@/lib/db/companies";
import { recordRecordingConsent } from "@/lib/db/recordings";
import { DomainError } from "@/lib/domain-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// POST /api/interviews/{id}/recordings/consent – the candidate agrees to be recorded (idempotent)
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const company = await getCompanyById({ id: interview.companyId });
  if (!company || company.recordingMode === "off") {
    throw new DomainError({
      kind: "conflict",
      message: "This company does not record interviews.",
    });
  }
  const consentedAt = await recordRecordingConsent({ interviewId });
  await invalidateInterviewCache(interviewId);
  return Response.json({ recordingConsentedAt: consentedAt.toISOString() });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
