import { z } from "zod";
import { eraseInterviewSchema } from "../../interviews/[id]/erase/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams } from "../path-params";
import { dataDeletionSchema, describedObject } from "../response-schemas";

const tag = "Data rights";

export const dataRightsOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/interviews/{id}/export",
    summary: "Export everything held about the candidate's interview (JSON download)",
    description:
      "Sent as an attachment `interview-{id}.json` with `Cache-Control: no-store`. Recording links expire after RECORDING_URL_TTL_SECONDS.",
    tag,
    access: { member: "candidate-data:manage", orCandidate: true },
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "The export.",
      schema: describedObject(
        "`schemaVersion` (1), `exportedAt`, `interview` (candidate name, email, résumé, status, dates), `position`, `questions` (follow-ups included), `transcript`, `evaluations`, `report`, `review` (`overrides`, `decision`, `audit`), `integritySignals`, `recordings` (metadata, `url` and `urlExpiresAt` for finished ones), `answerBank` (answers that came from it), `jobRuns` (ids and status only), `contests` (what the candidate contested and the company's answer, with dates); for the candidate only, `selfIdentification` (their voluntary sex and race/ethnicity, or null), which the company's copy never holds.",
      ),
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/erase",
    summary: "Delete everything held about the candidate's interview",
    description:
      "Removes the recordings in storage, the answers it gave to the answer bank, its job records, its cache entries and every row of the interview, then keeps one `data_deletions` row with counts and no personal data. First, in the same transaction, it writes a de-identified decision record (`GET /api/decision-records`). A second request answers 404.",
    tag,
    access: { member: "candidate-data:manage" },
    pathParams: interviewIdParams,
    body: {
      schema: eraseInterviewSchema,
      example: { confirm: "candidate@example.com" },
    },
    success: {
      status: 200,
      description: "The audit row of the deletion.",
      schema: z.object({ deletion: dataDeletionSchema }),
    },
    errors: {
      422: "`unprocessable_entity`: `confirm` is missing or is neither the candidate's email nor the interview id.",
    },
  },
];
