import { POST as chunk } from "@/app/api/interviews/[id]/recordings/[recordingId]/chunks/[seq]/route";
import { POST as complete } from "@/app/api/interviews/[id]/recordings/[recordingId]/complete/route";
import { POST as consent } from "@/app/api/interviews/[id]/recordings/consent/route";
import { POST as startRecording } from "@/app/api/interviews/[id]/recordings/route";
import { callRoute } from "@/tests/support/call-route";
import { candidateOnly } from "./callers";
import type { RouteCase } from "./route-case";
import type { World } from "./world";

const interviewParams = (world: World) => ({ id: world.interviewId });
const recordingParams = (world: World) => ({
  id: world.interviewId,
  recordingId: world.recordingId,
});

/** The candidate's browser records answers; the company in the world records nothing, so the
 * allowed calls meet a 409 (recording off, interview not started) rather than a write. */
export const recordingRouteCases: RouteCase[] = [
  {
    name: "POST /api/interviews/{id}/recordings/consent",
    expectations: candidateOnly,
    params: interviewParams,
    call: ({ token, params }) => callRoute(consent, { method: "POST", token, params }),
  },
  {
    name: "POST /api/interviews/{id}/recordings",
    expectations: candidateOnly,
    params: interviewParams,
    call: ({ token, params, world }) =>
      callRoute(startRecording, {
        method: "POST",
        token,
        params,
        json: { questionId: world.questionIds[0], clockOffsetMs: 0, contentType: "audio/webm" },
      }),
  },
  {
    name: "POST /api/interviews/{id}/recordings/{recordingId}/chunks/{seq}",
    expectations: candidateOnly,
    params: (world) => ({ ...recordingParams(world), seq: "0" }),
    call: ({ token, params }) =>
      callRoute(chunk, {
        method: "POST",
        token,
        params,
        body: "not-really-opus",
        headers: { "content-type": "application/octet-stream" },
      }),
  },
  {
    name: "POST /api/interviews/{id}/recordings/{recordingId}/complete",
    expectations: candidateOnly,
    params: recordingParams,
    call: ({ token, params }) =>
      callRoute(complete, { method: "POST", token, params, json: { durationMs: 1000 } }),
  },
];
