import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getCandidateView } from "@/lib/interviews/candidate-view";
import { serializeInterview } from "@/lib/interviews/serialize-interview";
import { getInvitationStatus } from "@/lib/invitations/invitation-status";
import { markLinkOpened } from "@/lib/invitations/mark-link-opened";
import { recruiterInterviewViewSchema } from "./schema";

// GET /api/interviews/{id} – the candidate's view of the interview (their first read marks the link
// opened), or a recruiter's fuller one with the invitation's progress
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  const view = await getCandidateView({ interview });
  if (!view) throw notFound("Interview");
  if (principal.kind === "candidate") {
    await markLinkOpened(interview);
    return Response.json(view);
  }
  const { company, position, questionCount } = view;
  return Response.json(
    recruiterInterviewViewSchema.parse({
      ...serializeInterview(interview),
      company,
      position,
      questionCount,
      invitation: await getInvitationStatus(interview),
    }),
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
