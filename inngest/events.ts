import "server-only";
import { eventType } from "inngest";
import { z } from "zod";
import { workspaceEventTypes } from "@/lib/webhooks/event-types";

// Every event the pipeline sends or handles, defined once with the schema Inngest validates.

export const answerExcellent = eventType("interview/answer.excellent", {
  schema: z.object({
    interviewId: z.uuid(),
    interviewQuestionId: z.uuid(),
    bankQuestionId: z.uuid(),
    text: z.string().min(1),
    score: z.int().min(0).max(100),
    segmentIds: z.array(z.string()),
    /**
     * True only on events sent while offline-scored answers were banked as pending: collection
     * now skips them (a recruiter nominates such an answer). Optional, as it always was.
     */
    needsApproval: z.boolean().optional(),
  }),
});

export type AnswerExcellentData = z.infer<typeof answerExcellent.schema>;

export const interviewCompleted = eventType("interview/completed", {
  schema: z.object({ interviewId: z.uuid() }),
});

export type InterviewCompletedData = z.infer<typeof interviewCompleted.schema>;

export const questionBankEmbedRequested = eventType("question-bank/embed.requested", {
  schema: z.object({ reason: z.string().max(200).optional() }),
});

export type QuestionBankEmbedRequestedData = z.infer<typeof questionBankEmbedRequested.schema>;

export const interviewCreated = eventType("interview/created", {
  schema: z.object({ interviewId: z.uuid() }),
});

export type InterviewCreatedData = z.infer<typeof interviewCreated.schema>;

export const mailQueued = eventType("mail/queued", {
  schema: z.object({ messageId: z.uuid() }),
});

export type MailQueuedData = z.infer<typeof mailQueued.schema>;

/** A reminder planned for an invite link: Inngest sleeps until it is due, then sends it. */
export const reminderPlanned = eventType("interview/reminder.planned", {
  schema: z.object({ interviewId: z.uuid(), reminderId: z.uuid(), dueAt: z.iso.datetime() }),
});

export type ReminderPlannedData = z.infer<typeof reminderPlanned.schema>;

/**
 * Something happened to an interview that the workspace hears about (webhooks, notifications).
 * `external` is carried in the event for `candidate.erased`, whose interview row is gone by then;
 * for the others the subscriber reads the current ids.
 */
export const workspaceActivity = eventType("workspace/activity", {
  schema: z.object({
    type: z.enum(workspaceEventTypes),
    companyId: z.uuid(),
    interviewId: z.uuid(),
    occurredAt: z.iso.datetime(),
    external: z
      .object({
        positionId: z.uuid(),
        externalJobId: z.string().nullable(),
        externalCandidateId: z.string().nullable(),
        externalApplicationId: z.string().nullable(),
      })
      .optional(),
  }),
});

export type WorkspaceActivityData = z.infer<typeof workspaceActivity.schema>;

/** One webhook delivery to attempt now (its first attempt, or a resend); its id is the message id. */
export const webhookDeliveryRequested = eventType("webhook/delivery.requested", {
  schema: z.object({ deliveryId: z.string().regex(/^msg_[\w-]+$/) }),
});

export type WebhookDeliveryRequestedData = z.infer<typeof webhookDeliveryRequested.schema>;

/** A proposed scoring change to replay on a position's last evaluated interviews (issue 22). */
export const scoringReplayRequested = eventType("scoring/replay.requested", {
  schema: z.object({ replayId: z.uuid() }),
});

export type ScoringReplayRequestedData = z.infer<typeof scoringReplayRequested.schema>;
