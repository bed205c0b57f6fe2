import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import {
  getInterviewNotice,
  toInterviewNoticeView,
} from "@/lib/compliance/notice/interview-notice";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// GET /api/interviews/{id}/notice – the AI notice the candidate reads before consent, rendered for
// this interview's position, and when this interview recorded it as seen
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  const notice = await getInterviewNotice({ interview });
  return Response.json(toInterviewNoticeView(notice, interview));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
