import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getCandidateView } from "@/lib/interviews/candidate-view";
import { serializeInterview } from "@/lib/interviews/serialize-interview";
import { recruiterInterviewViewSchema } from "./schema";

// GET /api/interviews/{id} – the candidate's view of the interview, or a recruiter's fuller one
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  const view = await getCandidateView({ interview });
  if (!view) throw notFound("Interview");
  if (principal.kind === "candidate") return Response.json(view);
  const { company, position, questionCount } = view;
  return Response.json(
    recruiterInterviewViewSchema.parse({
      ...serializeInterview(interview),
      company,
      position,
      questionCount,
    }),
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
