import {
  uploadSignalsResultSchema,
  uploadSignalsSchema,
} from "../../interviews/[id]/signals/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams } from "../path-params";

export const integritySignalOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/interviews/{id}/signals",
    summary: "The candidate's browser reports signals for review (idempotent per clientId)",
    description:
      "Focus lost, text pasted into a typed answer (its length, never the text), a long silence before the first words. Shown to recruiters on the report; they never change a score or a decision. A signal sent again with the same clientId is stored once (200 instead of 201). At most 500 per interview.",
    tag: "Interview session",
    access: "candidate",
    pathParams: interviewIdParams,
    body: {
      schema: uploadSignalsSchema,
      example: {
        signals: [
          {
            clientId: "sig-6f1d2c3b-1",
            questionId: "6f1d2c3b-8a4e-4f50-9b1c-2d3e4f5a6b7c",
            kind: "paste",
            count: 1,
            totalMs: null,
            evidence: { chars: 312 },
          },
        ],
      },
    },
    success: {
      status: 201,
      description: "Which signals were new.",
      schema: uploadSignalsResultSchema,
      alsoStatus: { status: 200, description: "Every signal was already stored." },
    },
    errors: {
      409: "`conflict`: the interview is not in progress.",
      413: "`payload_too_large`: the body or the interview's signals would pass their cap.",
      422: "`unprocessable_entity`: the input does not match the schema, or a questionId is not a question of this interview.",
    },
  },
];
