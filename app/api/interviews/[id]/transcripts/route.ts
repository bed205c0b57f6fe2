import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { addTranscriptSegments, listTranscriptSegments } from "@/lib/db/transcripts";
import { env } from "@/lib/env.mjs";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { addTranscriptSegmentsSchema, listTranscriptQuerySchema } from "./schema";

// POST /api/interviews/{id}/transcripts – the candidate's client saves final segments (idempotent by id)
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const { segments } = addTranscriptSegmentsSchema.parse(await parseJson(req));
  const result = await addTranscriptSegments({
    interviewId,
    segments,
    limits: {
      maxSegments: env.MAX_TRANSCRIPT_SEGMENTS_PER_INTERVIEW,
      maxChars: env.MAX_TRANSCRIPT_CHARS_PER_INTERVIEW,
    },
  });
  return Response.json(result, { status: result.stored.length > 0 ? 201 : 200 });
});

// GET /api/interviews/{id}/transcripts?questionId= – segments in question order, then time
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["candidate", "interview:read"] });
  const query = listTranscriptQuerySchema.parse(readSearchParams(req));
  const segments = await listTranscriptSegments({ interviewId, questionId: query.questionId });
  return Response.json({ segments });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
