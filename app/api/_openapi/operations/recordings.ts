import { z } from "zod";
import {
  completeRecordingSchema,
  recordingViewSchema,
  startRecordingSchema,
} from "../../interviews/[id]/recordings/schema";
import { signedFileQuerySchema } from "../../recordings/file/schema";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";

const tag = "Recordings";
const recordingParams = { ...interviewIdParams, recordingId: uuidPathParam("recording") };
const notRecording =
  "`conflict`: the interview is not in progress, the company records nothing, the candidate did not agree, or the recording is already finished.";

export const recordingOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/interviews/{id}/recordings/consent",
    summary: "The candidate agrees to be recorded (idempotent: the first time is kept)",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    success: {
      status: 200,
      description: "When the candidate agreed.",
      schema: z.object({ recordingConsentedAt: z.iso.datetime() }),
    },
    errors: { 409: "`conflict`: the company has recording off." },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/recordings",
    summary: "The candidate's browser starts recording one answer",
    description:
      "A recording still open (the page was reloaded mid-answer) is completed with the chunks that arrived and kept as its own part.",
    tag,
    access: "candidate",
    pathParams: interviewIdParams,
    body: {
      schema: startRecordingSchema,
      example: {
        questionId: "6f1d2c3b-8a4e-4f50-9b1c-2d3e4f5a6b7c",
        clockOffsetMs: 42_000,
        contentType: "audio/webm;codecs=opus",
      },
    },
    success: { status: 201, description: "The new recording.", schema: recordingViewSchema },
    errors: {
      409: notRecording,
      413: "`recording_quota_exceeded`: the interview has started RECORDINGS_PER_INTERVIEW recordings.",
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/recordings/{recordingId}/chunks/{seq}",
    summary: "One chunk of the answer's audio, as raw bytes (idempotent per seq)",
    description:
      "The body is the bytes MediaRecorder gave for one timeslice (any Content-Type), at most 1 MiB. A chunk sent again with the same seq is stored once (200 instead of 201). `seq` counts from 0, at most 1999.",
    tag,
    access: "candidate",
    pathParams: { ...recordingParams, seq: z.string().regex(/^\d+$/) },
    success: {
      status: 201,
      description: "Stored.",
      schema: z.object({ seq: z.int(), stored: z.boolean() }),
      alsoStatus: { status: 200, description: "Already stored (`stored: false`)." },
    },
    errors: {
      400: "`bad_request`: the chunk is empty.",
      409: notRecording,
      413: "`payload_too_large`: the chunk is over 1 MiB; `recording_quota_exceeded`: the interview's chunks would pass RECORDING_MAX_BYTES_PER_INTERVIEW (nothing of the chunk is stored).",
    },
  },
  {
    method: "post",
    path: "/api/interviews/{id}/recordings/{recordingId}/complete",
    summary: "The answer ended: its chunks become one seekable file (idempotent)",
    tag,
    access: "candidate",
    pathParams: recordingParams,
    body: { schema: completeRecordingSchema, example: { durationMs: 31_500 } },
    success: {
      status: 200,
      description:
        "The recording: `ready`, `failed` when no chunk arrived, or `finalising` while another request (the interview's completion, a reload) is joining it.",
      schema: recordingViewSchema,
    },
  },
  {
    method: "get",
    path: "/api/recordings/file",
    summary: "A locally stored recording, through a signed link that expires",
    description:
      "The link comes from the recruiter's report (or a data export) and names one key; a changed key, a wrong signature or an expired link answers 403. Honours a single `Range: bytes=a-b` (206; 416 past the end) so players can seek. With S3 storage the links are presigned bucket URLs instead.",
    tag,
    access: "public",
    query: signedFileQuerySchema,
    success: {
      status: 200,
      description: "The audio (206 with Content-Range for a range).",
      mediaType: "audio/webm",
      schema: z.string().meta({ format: "binary", description: "WebM/Opus audio." }),
    },
    errors: { 403: "`forbidden`: the link is invalid or has expired." },
  },
];
