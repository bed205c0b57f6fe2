import { POST as previewCsv } from "@/app/api/interviews/batch/preview/route";
import { POST as inviteBatch } from "@/app/api/interviews/batch/route";
import { callRoute } from "@/tests/support/call-route";
import { hiringTeamOnly } from "./callers";
import type { RouteCase } from "./route-case";

// Dry runs: the access check comes before the dry-run branch, and the matrix's world keeps its
// interview counts. The body names our position: another workspace's owner gets a 404.
const candidates = [{ name: "Matrix", email: "batch-matrix@example.com" }];

/** The bulk invite and its CSV preview: the hiring team of the position's workspace only. */
export const batchRouteCases: RouteCase[] = [
  {
    name: "POST /api/interviews/batch",
    expectations: hiringTeamOnly,
    call: ({ token, world }) =>
      callRoute(inviteBatch, {
        token,
        path: "/api/interviews/batch",
        headers: { "idempotency-key": crypto.randomUUID() },
        json: { positionId: world.positionId, candidates, dryRun: true },
      }),
  },
  {
    name: "POST /api/interviews/batch/preview",
    expectations: hiringTeamOnly,
    call: ({ token, world }) =>
      callRoute(previewCsv, {
        token,
        path: `/api/interviews/batch/preview?positionId=${world.positionId}`,
        headers: { "content-type": "text/csv" },
        body: "name,email\nMatrix,batch-matrix@example.com\n",
      }),
  },
];
