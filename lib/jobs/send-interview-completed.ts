import "server-only";
import { type InterviewCompletedData, interviewCompleted } from "@/inngest/events";
import { dispatchEvent } from "./dispatch-event";

/** A finished interview goes to evaluation. */
export function sendInterviewCompleted(data: InterviewCompletedData): Promise<void> {
  return dispatchEvent({ name: interviewCompleted.name, data });
}
