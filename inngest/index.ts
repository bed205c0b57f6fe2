import "server-only";
import { collectAnswerFunction } from "./functions/collect-answer";
import { deliverWebhookFunction } from "./functions/deliver-webhook";
import { embedQuestionsFunction } from "./functions/embed-questions";
import { endOverdueInterviewsFunction } from "./functions/end-overdue-interviews";
import { evaluateInterviewFunction } from "./functions/evaluate-interview";
import { fanOutWebhooksFunction } from "./functions/fan-out-webhooks";
import { generateQuestionsFunction } from "./functions/generate-questions";
import { notifyMembersFunction } from "./functions/notify-members";
import { purgeExpiredInterviewsFunction } from "./functions/purge-expired-interviews";
import { replayScoringFunction } from "./functions/replay-scoring";
import { sendDueRemindersFunction } from "./functions/send-due-reminders";
import { sendMailFunction } from "./functions/send-mail";
import { sendMailSweepFunction } from "./functions/send-mail-sweep";
import { sendNoticeDigestsFunction } from "./functions/send-notice-digests";
import { sendReminderFunction } from "./functions/send-reminder";
import { sweepWebhookDeliveriesFunction } from "./functions/sweep-webhook-deliveries";

/** Every pipeline function: Inngest serves them, and the in-process dispatcher runs the same list. */
export const pipelineFunctions = [
  collectAnswerFunction,
  evaluateInterviewFunction,
  embedQuestionsFunction,
  generateQuestionsFunction,
  sendMailFunction,
  sendReminderFunction,
  fanOutWebhooksFunction,
  deliverWebhookFunction,
  notifyMembersFunction,
  replayScoringFunction,
  purgeExpiredInterviewsFunction,
  endOverdueInterviewsFunction,
  sendMailSweepFunction,
  sendDueRemindersFunction,
  sendNoticeDigestsFunction,
  sweepWebhookDeliveriesFunction,
];

export const functions = pipelineFunctions.map((definition) => definition.inngestFunction);
