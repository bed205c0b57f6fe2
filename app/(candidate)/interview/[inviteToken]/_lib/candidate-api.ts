// The candidate's calls to our API, authorised by the invite token from the URL.
import { z } from "zod";
import { candidateViewSchema, interviewQuestionViewSchema } from "@/lib/interviews/schemas";
import { participantTokenSchema } from "@/lib/media/schemas";
import { candidateReportSchema } from "@/lib/review/schemas";
import { sttTokenSchema } from "@/lib/stt/schemas";

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export class CandidateApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type {
  InterviewQuestionView as InterviewQuestion,
  InterviewStatus,
} from "@/lib/interviews/schemas";

// The fields of the server's candidate view the page reads after load (start and complete answer
// with the interview, which has them too).
const interviewStateSchema = candidateViewSchema.pick({
  id: true,
  status: true,
  failureReason: true,
});

export const savedSegmentSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  text: z.string(),
  startMs: z.number(),
  endMs: z.number(),
});
export type SavedSegment = z.infer<typeof savedSegmentSchema>;

export type SttToken = z.infer<typeof sttTokenSchema>;

export type { CandidateReport } from "@/lib/review/schemas";

export function createCandidateApi(options: { inviteToken: string; interviewId: string }) {
  const base = `/api/interviews/${options.interviewId}`;

  async function call<T>(path: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T> {
    const response = await fetch(path, {
      ...init,
      headers: {
        Authorization: `Bearer ${options.inviteToken}`,
        ...(init?.body ? { "Content-Type": "application/json" } : {}),
      },
      cache: "no-store",
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorSchema.safeParse(body);
      throw new CandidateApiError(
        response.status,
        parsed.success ? parsed.data.error.code : "http_error",
        parsed.success ? parsed.data.error.message : `The server answered ${response.status}.`,
      );
    }
    return schema.parse(body);
  }

  return {
    getInterview: () => call(base, interviewStateSchema),
    getQuestions: () =>
      call(`${base}/questions`, z.object({ questions: z.array(interviewQuestionViewSchema) })).then(
        (body) => body.questions,
      ),
    start: () => call(`${base}/start`, interviewStateSchema, { method: "POST" }),
    /** After an answer is saved: the follow-up the interviewer asks about it, or null. */
    requestFollowUp: (questionId: string) =>
      call(
        `${base}/questions/${encodeURIComponent(questionId)}/follow-up`,
        z.object({ followUp: interviewQuestionViewSchema.nullable() }),
        { method: "POST" },
      ).then((body) => body.followUp),
    complete: () => call(`${base}/complete`, interviewStateSchema, { method: "POST" }),
    listSegments: () =>
      call(`${base}/transcripts`, z.object({ segments: z.array(savedSegmentSchema) })).then(
        (body) => body.segments,
      ),
    saveSegments: (segments: (SavedSegment & { speaker: "candidate" })[]) =>
      call(`${base}/transcripts`, z.unknown(), {
        method: "POST",
        body: JSON.stringify({ segments }),
      }),
    getSttToken: () => call("/api/stt/token", sttTokenSchema, { method: "POST" }),
    getMediaToken: () => call(`${base}/media-token`, participantTokenSchema, { method: "POST" }),
    getReport: () => call(`${base}/report`, candidateReportSchema),
  };
}

export type CandidateApi = ReturnType<typeof createCandidateApi>;
