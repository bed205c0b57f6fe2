import "server-only";
import { type AnswerExcellentData, answerExcellent } from "@/inngest/events";
import { dispatchEvent } from "./dispatch-event";

/** An answer scored at or above the excellence threshold goes to answer collection. */
export function sendAnswerExcellent(data: AnswerExcellentData): Promise<void> {
  return dispatchEvent({ name: answerExcellent.name, data });
}
