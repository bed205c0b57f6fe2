import { requireMember } from "@/lib/auth/require-user";
import { inviteBatch } from "@/lib/batch-invites/invite-batch";
import { parseCandidatesCsv } from "@/lib/batch-invites/parse-candidates-csv";
import { env } from "@/lib/env.mjs";
import { ApiError } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readBodyText } from "@/lib/http/read-body-with-limit";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { csvPreviewQuerySchema, maxBatchBodyBytes } from "../schema";

// POST /api/interviews/batch/preview?positionId= – reads a candidates CSV into batch rows and
// lists each row's problems, as a dry run of POST /api/interviews/batch would; creates nothing
export const POST = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:write");
  const { positionId } = csvPreviewQuerySchema.parse(readSearchParams(req));
  if (!/^text\/(csv|plain)\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new ApiError({
      code: "unsupported_media_type",
      message: "Send the file as Content-Type: text/csv.",
    });
  }
  const parsed = parseCandidatesCsv(await readBodyText(req, { maxBytes: maxBatchBodyBytes }));
  const checked = await inviteBatch({
    companyId: member.companyId,
    createdByUserId: member.userId,
    positionId,
    candidates: parsed.candidates,
    questionCount: 1,
    inviteTtlDays: env.INVITE_TTL_DAYS,
    dryRun: true,
  });
  return Response.json({
    candidates: parsed.candidates,
    readyCount: checked.readyCount,
    problems: [...parsed.problems, ...checked.problems],
  });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
