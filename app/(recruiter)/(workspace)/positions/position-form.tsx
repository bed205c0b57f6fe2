"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, type KeyboardEvent, useState } from "react";
import { supportedLanguages } from "@/lib/i18n/languages";
import { buttonClass, inputClass, secondaryButtonClass } from "../../_components/page-header";
import { sendJson } from "../../_components/send-json";
import {
  type InterviewPacing,
  InterviewPacingFields,
  readInterviewPacing,
} from "./interview-pacing-fields";

type PositionValues = InterviewPacing & {
  id?: string;
  title: string;
  description: string;
  competencies: string[];
  language: string;
};

const normalise = (value: string) => value.trim().toLowerCase().replace(/\s+/g, "-");

/** Creates a position, or edits one when `initial.id` is set; competencies are added as chips. */
export function PositionForm({ initial }: { initial?: PositionValues }) {
  const router = useRouter();
  const isEdit = Boolean(initial?.id);
  const [competencies, setCompetencies] = useState<string[]>(initial?.competencies ?? []);
  const [draft, setDraft] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [isPending, setIsPending] = useState(false);

  function addDraft() {
    const value = normalise(draft);
    if (!value) return;
    if (!competencies.includes(value)) setCompetencies([...competencies, value]);
    setDraft("");
  }

  function handleDraftKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      addDraft();
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pending = normalise(draft);
    const list =
      pending && !competencies.includes(pending) ? [...competencies, pending] : competencies;
    setIsPending(true);
    setMessage(null);
    const result = await sendJson<{ id: string }>(
      isEdit ? `/api/positions/${initial?.id}` : "/api/positions",
      {
        method: isEdit ? "PATCH" : "POST",
        body: {
          title: String(form.get("title") ?? ""),
          description: String(form.get("description") ?? ""),
          language: String(form.get("language") ?? "en"),
          competencies: list,
          ...readInterviewPacing(form),
        },
      },
    );
    setIsPending(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      return;
    }
    setDraft("");
    setCompetencies(list);
    if (isEdit) {
      setMessage({ tone: "ok", text: "Saved." });
      router.refresh();
    } else {
      router.push(`/positions/${result.data.id}`);
    }
  }

  return (
    <form
      onSubmit={handleSubmit}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div>
        <label htmlFor="title" className="block text-sm font-medium">
          Title
        </label>
        <input
          id="title"
          name="title"
          required
          maxLength={200}
          defaultValue={initial?.title}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="description" className="block text-sm font-medium">
          Description
        </label>
        <textarea
          id="description"
          name="description"
          rows={3}
          maxLength={10_000}
          defaultValue={initial?.description}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="language" className="block text-sm font-medium">
          Interview language
        </label>
        <select
          id="language"
          name="language"
          defaultValue={initial?.language ?? "en"}
          className={inputClass}
        >
          {Object.entries(supportedLanguages).map(([tag, language]) => (
            <option key={tag} value={tag}>
              {language.name} ({tag})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Competencies</legend>
        <p id="competency-help" className="text-sm text-slate-600">
          What the interview covers; questions are picked to cover each one. Up to 12.
        </p>
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Competencies">
          {competencies.map((competency) => (
            <li
              key={competency}
              className="flex items-center gap-1 rounded-full bg-indigo-50 py-1 pr-1 pl-3 text-sm text-indigo-900"
            >
              {competency}
              <button
                type="button"
                onClick={() => setCompetencies(competencies.filter((c) => c !== competency))}
                aria-label={`Remove ${competency}`}
                className="rounded-full px-1.5 text-indigo-900 hover:bg-indigo-200 focus-visible:outline-2 focus-visible:outline-indigo-700"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-2 flex gap-2">
          <label htmlFor="competency-draft" className="sr-only">
            New competency
          </label>
          <input
            id="competency-draft"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={handleDraftKey}
            placeholder="e.g. system-design"
            aria-describedby="competency-help"
            maxLength={60}
            className={`${inputClass} mt-0`}
          />
          <button type="button" onClick={addDraft} className={secondaryButtonClass}>
            Add
          </button>
        </div>
      </fieldset>
      <InterviewPacingFields initial={initial} />
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`rounded-md px-3 py-2 text-sm ${message.tone === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-900"}`}
        >
          {message.text}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={isPending} className={buttonClass}>
          {isPending ? "Saving…" : isEdit ? "Save changes" : "Create position"}
        </button>
      </div>
    </form>
  );
}
