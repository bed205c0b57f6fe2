import {
  grantAccommodationSchema,
  interviewPreferencesViewSchema,
} from "@/lib/compliance/accommodations/schemas";
import {
  aiNoticesViewSchema,
  interviewNoticeViewSchema,
  postAiNoticeSchema,
  postPreferencesSchema,
} from "@/lib/compliance/notice/schemas";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams } from "../path-params";

const tag = "AI notice and accommodations";
const started =
  "`interview_started`: the candidate has started (or the interview ended); choices and grants are fixed.";

export const complianceNoticeOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/ai-notices",
    summary: "The workspace's AI notice per language, and every version",
    description:
      "`current` has one entry per supported language: the workspace's newest text, else the built-in one. `versions` lists every stored version, newest first (the built-in text gets its row the first time a candidate is shown it).",
    tag,
    access: { member: "workspace:manage" },
    success: { status: 200, description: "The notices.", schema: aiNoticesViewSchema },
  },
  {
    method: "post",
    path: "/api/ai-notices",
    summary: "Replace the AI notice's text for one language",
    description:
      "The body is stored normalized (trimmed paragraphs, one blank line between) and named by its sha256. Interviews not yet started show it at once; a started interview keeps the version it recorded. A body equal to the current text adds no version (200). Sending an earlier text again makes that version current (its date and author move forward).",
    tag,
    access: { member: "workspace:manage" },
    body: {
      schema: postAiNoticeSchema,
      example: {
        language: "en",
        body: "An AI asks the questions for {{company}} and scores the answers on {{competencies}}.\n\nWrite to privacy@example.com with any question.",
      },
    },
    success: {
      status: 201,
      description: "The version was added; the notices as now.",
      schema: aiNoticesViewSchema,
      alsoStatus: { status: 200, description: "The same text as the current one: no version." },
    },
  },
  {
    method: "get",
    path: "/api/interviews/{id}/notice",
    summary: "The AI notice this interview's candidate reads before consent",
    description:
      "Rendered for the interview's position (company, competencies, retention filled in). `hash` is the sha256 of `text`; `seenAt` is when the interview recorded the notice (null before the candidate sent their choices or started).",
    tag,
    access: { member: "interview:read", orCandidate: true },
    pathParams: interviewIdParams,
    success: { status: 200, description: "The notice.", schema: interviewNoticeViewSchema },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/preferences",
    summary: "The candidate's choices on the notice screen, before the start",
    description:
      "Stores the notice version and hash seen, whether AI may score the answers, and an accommodation request (which tells the position's owners, admins and recruiters: a notice each and a mail per their setting). May be sent again before the start; the last choice counts.",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    body: {
      schema: postPreferencesSchema,
      example: {
        noticeHash: "9f2c1e0b8a7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c",
        aiScoring: false,
        accommodation: { kinds: ["more_time"], note: "I read slowly." },
      },
    },
    success: {
      status: 200,
      description: "The choices as stored.",
      schema: interviewPreferencesViewSchema,
    },
    errors: {
      409: `${started} Or \`notice_changed\`: \`noticeHash\` is not the notice rendered now (read it again).`,
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/accommodation",
    summary: "Grant an accommodation before the candidate starts",
    description:
      "Time per answer = the position's answerSeconds × `answerTimeMultiplier`; the interview's overall limit scales by it too, and `break` adds 15 minutes; `typed_only` offers typed answers only. Granting again replaces the grant; each grant is in the audit trail.",
    tag,
    access: { member: "interview:write" },
    pathParams: interviewIdParams,
    body: {
      schema: grantAccommodationSchema,
      example: { kinds: ["more_time"], answerTimeMultiplier: 2, note: "Granted as asked." },
    },
    success: {
      status: 200,
      description: "The choices and the grant as stored.",
      schema: interviewPreferencesViewSchema,
    },
    errors: { 409: started },
  },
];
