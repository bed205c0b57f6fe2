import "server-only";
import type { EventType, StandardSchemaV1 } from "inngest";
import type { PipelineFunction } from "./define-pipeline-function";
import {
  answerExcellent,
  interviewCompleted,
  interviewCreated,
  mailQueued,
  questionBankEmbedRequested,
  reminderPlanned,
  scoringReplayRequested,
  webhookDeliveryRequested,
  workspaceActivity,
} from "./events";

export type EventData = Record<string, unknown>;
export type AnyEventType = EventType<string, StandardSchemaV1<EventData> | undefined>;
export type LoadedFunction = PipelineFunction<EventData>;

/** What sending an event needs to know of a function: its id, its trigger, how to load its body. */
export type FunctionManifestEntry = {
  id: string;
  trigger?: AnyEventType;
  load: () => Promise<LoadedFunction>;
};

/** Ties an entry's trigger to the data its function takes, so a wrong pairing does not compile. */
function lazyFunction<TData>(entry: {
  id: string;
  trigger?: EventType<string, StandardSchemaV1<TData & EventData>>;
  load: () => Promise<PipelineFunction<TData>>;
}): FunctionManifestEntry {
  return entry as unknown as FunctionManifestEntry;
}

/**
 * Every pipeline function, without its body: a route that sends an event imports this, not the
 * functions (which bring the whole evaluation pipeline). The in-process dispatcher loads a body
 * on its first run. `inngest/index.ts` lists the same functions for `serve()`; a unit test keeps
 * the two lists in step.
 */
export const functionManifest: readonly FunctionManifestEntry[] = [
  lazyFunction({
    id: "collect-answer",
    trigger: answerExcellent,
    load: async () => (await import("./functions/collect-answer")).collectAnswerFunction,
  }),
  lazyFunction({
    id: "evaluate-interview",
    trigger: interviewCompleted,
    load: async () => (await import("./functions/evaluate-interview")).evaluateInterviewFunction,
  }),
  lazyFunction({
    id: "embed-questions",
    trigger: questionBankEmbedRequested,
    load: async () => (await import("./functions/embed-questions")).embedQuestionsFunction,
  }),
  lazyFunction({
    id: "generate-questions",
    trigger: interviewCreated,
    load: async () => (await import("./functions/generate-questions")).generateQuestionsFunction,
  }),
  lazyFunction({
    id: "send-mail",
    trigger: mailQueued,
    load: async () => (await import("./functions/send-mail")).sendMailFunction,
  }),
  lazyFunction({
    id: "send-reminder",
    trigger: reminderPlanned,
    load: async () => (await import("./functions/send-reminder")).sendReminderFunction,
  }),
  lazyFunction({
    id: "fan-out-webhooks",
    trigger: workspaceActivity,
    load: async () => (await import("./functions/fan-out-webhooks")).fanOutWebhooksFunction,
  }),
  lazyFunction({
    id: "deliver-webhook",
    trigger: webhookDeliveryRequested,
    load: async () => (await import("./functions/deliver-webhook")).deliverWebhookFunction,
  }),
  lazyFunction({
    id: "notify-members",
    trigger: workspaceActivity,
    load: async () => (await import("./functions/notify-members")).notifyMembersFunction,
  }),
  lazyFunction({
    id: "replay-scoring",
    trigger: scoringReplayRequested,
    load: async () => (await import("./functions/replay-scoring")).replayScoringFunction,
  }),
  // Schedules only: in process the maintenance timer does their work.
  lazyFunction({
    id: "purge-expired-interviews",
    load: async () =>
      (await import("./functions/purge-expired-interviews")).purgeExpiredInterviewsFunction,
  }),
  lazyFunction({
    id: "end-overdue-interviews",
    load: async () =>
      (await import("./functions/end-overdue-interviews")).endOverdueInterviewsFunction,
  }),
  lazyFunction({
    id: "send-mail-sweep",
    load: async () => (await import("./functions/send-mail-sweep")).sendMailSweepFunction,
  }),
  lazyFunction({
    id: "send-due-reminders",
    load: async () => (await import("./functions/send-due-reminders")).sendDueRemindersFunction,
  }),
  lazyFunction({
    id: "send-notice-digests",
    load: async () => (await import("./functions/send-notice-digests")).sendNoticeDigestsFunction,
  }),
  lazyFunction({
    id: "sweep-webhook-deliveries",
    load: async () =>
      (await import("./functions/sweep-webhook-deliveries")).sweepWebhookDeliveriesFunction,
  }),
];
