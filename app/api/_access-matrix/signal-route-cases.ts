import { POST as uploadSignals } from "@/app/api/interviews/[id]/signals/route";
import { callRoute } from "@/tests/support/call-route";
import { candidateOnly } from "./callers";
import type { RouteCase } from "./route-case";

/** The candidate's browser reports integrity signals; nobody else may write them. */
export const signalRouteCases: RouteCase[] = [
  {
    name: "POST /api/interviews/{id}/signals",
    expectations: candidateOnly,
    params: (world) => ({ id: world.interviewId }),
    call: ({ token, params, world }) =>
      callRoute(uploadSignals, {
        method: "POST",
        token,
        params,
        json: {
          signals: [
            {
              clientId: "matrix-1",
              questionId: world.questionIds[0],
              kind: "focus_lost",
              count: 1,
              totalMs: 1000,
              evidence: {},
            },
          ],
        },
      }),
  },
];
