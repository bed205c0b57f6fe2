"use client";
import { useState } from "react";
import type { FormMessageState } from "./form-message";
import type { SendResult } from "./send-json";

/**
 * The submit-and-say-what-happened pattern of the recruiter forms: one request at a time, its error
 * or its success text kept for a FormMessage beside the button.
 */
export function useSendAction() {
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  /** Sends; on success `onSuccess` may return the text to announce. */
  async function run<T>(
    send: () => Promise<SendResult<T>>,
    onSuccess?: (data: T) => string | undefined,
  ): Promise<SendResult<T>> {
    setIsPending(true);
    setMessage(null);
    const result = await send();
    setIsPending(false);
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return result;
    }
    const text = onSuccess?.(result.data);
    if (text) setMessage({ isError: false, text });
    return result;
  }

  return { isPending, message, setMessage, run };
}
