"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CandidateFeedbackLevel } from "@/db/schema/companies";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import { buttonClass } from "../../_components/page-header";
import { sendJson } from "../../_components/send-json";

const levels: { value: CandidateFeedbackLevel; label: string; description: string }[] = [
  { value: "none", label: "Thank-you only", description: "No feedback after the interview." },
  {
    value: "feedback",
    label: "Feedback (default)",
    description: "Strengths and improvements per answer; no scores, no recommendation.",
  },
  {
    value: "full",
    label: "Everything",
    description: "Scores, evidence and the recommendation: for practice interviews.",
  },
];

/** The company's choice of what candidates see after their interview; applied by the server. */
export function CandidateFeedbackForm(props: {
  companyId: string;
  current: CandidateFeedbackLevel;
}) {
  const router = useRouter();
  const [level, setLevel] = useState(props.current);
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  async function save() {
    setIsPending(true);
    setMessage(null);
    const result = await sendJson(`/api/companies/${props.companyId}`, {
      method: "PATCH",
      body: { candidateFeedback: level },
    });
    setIsPending(false);
    setMessage(
      result.ok ? { isError: false, text: "Saved." } : { isError: true, text: result.message },
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend className="sr-only">What candidates see after the interview</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {levels.map((option) => (
            <label
              key={option.value}
              className="flex gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-indigo-600 has-[:checked]:ring-2 has-[:checked]:ring-indigo-200"
            >
              <input
                type="radio"
                name="candidate-feedback"
                value={option.value}
                checked={level === option.value}
                onChange={() => setLevel(option.value)}
                className="mt-0.5 size-4 accent-indigo-700"
              />
              <span>
                <span className="block font-medium">{option.label}</span>
                <span className="block text-slate-600">{option.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={isPending || level === props.current}
        >
          {isPending ? "Saving…" : "Save"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
