"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { contestAnswerMaxChars } from "@/lib/compliance/contests/schemas";
import { FormMessage } from "../../_components/form-message";
import { buttonClass, inputClass } from "../../_components/page-header";
import { sendJson } from "../../_components/send-json";
import { useSendAction } from "../../_components/use-send-action";

/** The answer to one contest: mailed to the candidate once sent, then the list reloads. */
export function AnswerForm({ contestId }: { contestId: string }) {
  const router = useRouter();
  const id = useId();
  const [answer, setAnswer] = useState("");
  const { isPending, message, run } = useSendAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() =>
      sendJson(`/api/contests/${contestId}/answer`, { body: { answer } }),
    );
    if (result.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-2">
      <label htmlFor={`${id}-answer`} className="block text-sm font-medium">
        Answer
      </label>
      <textarea
        id={`${id}-answer`}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
        required
        maxLength={contestAnswerMaxChars}
        rows={4}
        className={inputClass}
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={isPending} className={buttonClass}>
          Send answer
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
