import "server-only";
import { type InterviewCreatedData, interviewCreated } from "@/inngest/events";
import { dispatchEvent } from "./dispatch-event";

/** A new interview goes to question generation (a no-op on the offline provider). */
export function sendInterviewCreated(data: InterviewCreatedData): Promise<void> {
  return dispatchEvent({ name: interviewCreated.name, data });
}
