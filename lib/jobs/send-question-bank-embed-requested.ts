import "server-only";
import { questionBankEmbedRequested } from "@/inngest/events";
import { dispatchEvent } from "./dispatch-event";

/** Asks for the bank questions without an embedding to be embedded (in batches). */
export function sendQuestionBankEmbedRequested(reason: string): Promise<void> {
  return dispatchEvent({ name: questionBankEmbedRequested.name, data: { reason } });
}
