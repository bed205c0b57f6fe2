import "server-only";
import { collectAnswerFunction } from "./functions/collect-answer";
import { embedQuestionsFunction } from "./functions/embed-questions";
import { endOverdueInterviewsFunction } from "./functions/end-overdue-interviews";
import { evaluateInterviewFunction } from "./functions/evaluate-interview";
import { generateQuestionsFunction } from "./functions/generate-questions";
import { notifyMembersFunction } from "./functions/notify-members";
import { purgeExpiredInterviewsFunction } from "./functions/purge-expired-interviews";
import { sendDueRemindersFunction } from "./functions/send-due-reminders";
import { sendMailFunction } from "./functions/send-mail";
import { sendMailSweepFunction } from "./functions/send-mail-sweep";
import { sendReminderFunction } from "./functions/send-reminder";
import { sendNoticeDigestsFunction } from "./functions/send-notice-digests";

/** Every pipeline function: Inngest serves them, and the in-process dispatcher runs the same list. */
export const pipelineFunctions = [
  collectAnswerFunction,
  evaluateInterviewFunction,
  embedQuestionsFunction,
  generateQuestionsFunction,
  sendMailFunction,
  sendReminderFunction,
  notifyMembersFunction,
  purgeExpiredInterviewsFunction,
  endOverdueInterviewsFunction,
  sendMailSweepFunction,
  sendDueRemindersFunction,
  sendNoticeDigestsFunction,
];

export const functions = pipelineFunctions.map((definition) => definition.inngestFunction);
