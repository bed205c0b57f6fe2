import { requireMember } from "@/lib/auth/require-user";
import { postAiNoticeSchema } from "@/lib/compliance/notice/schemas";
import {
  getWorkspaceNotices,
  saveWorkspaceNotice,
} from "@/lib/compliance/notice/workspace-notices";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";

// GET /api/ai-notices – the workspace's AI notice per language and every version (hash, author, date)
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "workspace:manage");
  return Response.json(await getWorkspaceNotices({ companyId: member.companyId }));
});

// POST /api/ai-notices – a new text for one language (201), or the current one again (200, no version)
export const POST = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "workspace:manage");
  const input = postAiNoticeSchema.parse(await parseJson(req));
  const { added } = await saveWorkspaceNotice({
    ...input,
    companyId: member.companyId,
    userId: member.userId,
  });
  const notices = await getWorkspaceNotices({ companyId: member.companyId });
  return Response.json(notices, { status: added ? 201 : 200 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
