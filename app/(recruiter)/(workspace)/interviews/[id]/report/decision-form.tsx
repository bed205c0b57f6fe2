"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { decisionLabels } from "@/lib/review/format-audit";
import { FormMessage, type FormMessageState } from "../../../../_components/form-message";
import { buttonClass, inputClass } from "../../../../_components/page-header";
import { sendJson } from "../../../../_components/send-json";

type Decision = keyof typeof decisionLabels;

/** The recruiter's decision on the candidate, with a note; each change is audited. */
export function DecisionForm(props: {
  interviewId: string;
  current: { decision: Decision; note: string } | null;
}) {
  const router = useRouter();
  const id = useId();
  const [decision, setDecision] = useState<Decision | null>(props.current?.decision ?? null);
  const [note, setNote] = useState(props.current?.note ?? "");
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  async function save() {
    if (!decision) return;
    setIsPending(true);
    setMessage(null);
    const result = await sendJson(`/api/interviews/${props.interviewId}/decision`, {
      method: "PUT",
      body: { decision, note },
    });
    setIsPending(false);
    setMessage(
      result.ok
        ? { isError: false, text: "Decision saved." }
        : { isError: true, text: result.message },
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      className="space-y-3 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium">Decision</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(Object.keys(decisionLabels) as Decision[]).map((value) => (
            <label key={value} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-decision`}
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
                className="size-4 accent-indigo-700"
              />
              {decisionLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          Note
        </label>
        <textarea
          id={`${id}-note`}
          maxLength={2000}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          className={inputClass}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={isPending || !decision}>
          {isPending ? "Saving…" : "Save decision"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
