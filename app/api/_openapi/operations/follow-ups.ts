import { z } from "zod";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";
import { questionSchema } from "../response-schemas";

export const followUpOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/interviews/{id}/questions/{questionId}/follow-up",
    summary: "After the candidate answers a question: the follow-up to ask next, or null",
    description:
      "`questionId` is the question just answered (a main question or a follow-up); send no body. The server reads the thread's saved transcript and decides (OpenAI when configured, else the offline rules, in the position's language). Idempotent: once the next follow-up exists, every call returns that same question. `null` when the position's limit (else FOLLOW_UPS_PER_QUESTION) is reached or 0, or the answers so far leave nothing to ask.",
    tag: "Interview session",
    access: "candidate",
    pathParams: { ...interviewIdParams, questionId: uuidPathParam("answered question") },
    success: {
      status: 200,
      description: "The follow-up (listed from now on after its question), or null.",
      schema: z.object({ followUp: questionSchema.nullable() }),
    },
    errors: {
      404: "`not_found`: no such interview for this invite, or the question is not one of its questions.",
      409: "`conflict`: the interview is not in progress.",
    },
  },
];
