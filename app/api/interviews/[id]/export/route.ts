import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { exportInterviewData } from "@/lib/data-rights/export-interview-data";
import { listSelfIdentificationsByInterview } from "@/lib/db/self-identifications";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// GET /api/interviews/{id}/export – everything held about the candidate's interview, as a JSON
// download (the candidate's copy of their data); recordings as links that expire
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "candidate-data:manage"],
  });
  const data = await exportInterviewData({ interviewId, baseUrl: req.url });
  // Self-identification is the candidate's own: in their copy, never in the company's.
  const body =
    principal.kind === "candidate"
      ? {
          ...data,
          selfIdentification:
            (await listSelfIdentificationsByInterview(interview.companyId, [interviewId])).get(
              interviewId,
            ) ?? null,
        }
      : data;
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="interview-${interviewId}.json"`,
      // Personal data, and links that grant access for a while: no cache may keep a copy.
      "Cache-Control": "no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
