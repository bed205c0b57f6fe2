"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButtonClass } from "../../../../_components/page-header";
import { sendJson } from "../../../../_components/send-json";

/**
 * Puts the answer into the answer bank as an example, approved by the recruiter: an offline score
 * never banks one by itself. The page reloads its data after.
 */
export function NominateAnswerButton(props: {
  interviewId: string;
  questionId: string;
  questionOrder: number;
}) {
  const router = useRouter();
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function nominate() {
    setIsSending(true);
    setError(null);
    const result = await sendJson(
      `/api/interviews/${props.interviewId}/answers/${props.questionId}/nominate`,
      { body: {} },
    );
    setIsSending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm print:hidden">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={isSending}
        onClick={nominate}
      >
        {isSending ? "Adding…" : "Add to answer bank"}
        {/* The visible words stay first in the name (WCAG 2.5.3); the question tells them apart. */}
        <span className="sr-only"> (question {props.questionOrder})</span>
      </button>
      <span className="text-slate-600">As an example for this question, approved by you.</span>
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
