"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { supportedLanguages } from "@/lib/i18n/languages";
import { buttonClass, inputClass } from "../../_components/page-header";
import { sendJson } from "../../_components/send-json";
import { CompetencyFields } from "./competency-fields";
import {
  type InterviewPacing,
  InterviewPacingFields,
  readInterviewPacing,
} from "./interview-pacing-fields";
import { readCompetencyDraft } from "./read-competency-draft";

type PositionValues = InterviewPacing & {
  id?: string;
  title: string;
  description: string;
  competencies: string[];
  language: string;
  externalJobId?: string | null;
};

/**
 * Creates a position, or edits one when `initial.id` is set. Competencies are the registry's,
 * ticked and named in the chosen language, plus the recruiter's own typed in.
 */
export function PositionForm({ initial }: { initial?: PositionValues }) {
  const router = useRouter();
  const isEdit = Boolean(initial?.id);
  const [language, setLanguage] = useState(initial?.language ?? "en");
  const [competencies, setCompetencies] = useState<string[]>(initial?.competencies ?? []);
  const [draft, setDraft] = useState("");
  const [draftError, setDraftError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [isPending, setIsPending] = useState(false);

  /** The competencies with the typed one added, or null when it cannot be added. */
  function withDraft(): string[] | null {
    const read = readCompetencyDraft(draft);
    if (read === null) return competencies;
    if ("error" in read) {
      setDraftError(read.error);
      return null;
    }
    setDraftError(null);
    setDraft("");
    return competencies.includes(read.key) ? competencies : [...competencies, read.key];
  }

  function addDraft() {
    const next = withDraft();
    if (next) setCompetencies(next);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const list = withDraft();
    if (!list) return;
    setCompetencies(list);
    setIsPending(true);
    setMessage(null);
    const result = await sendJson<{ id: string }>(
      isEdit ? `/api/positions/${initial?.id}` : "/api/positions",
      {
        method: isEdit ? "PATCH" : "POST",
        body: {
          title: String(form.get("title") ?? ""),
          description: String(form.get("description") ?? ""),
          language,
          competencies: list,
          externalJobId: String(form.get("externalJobId") ?? ""),
          ...readInterviewPacing(form),
        },
      },
    );
    setIsPending(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      return;
    }
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
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
          className={inputClass}
        >
          {Object.entries(supportedLanguages).map(([tag, language]) => (
            <option key={tag} value={tag}>
              {language.name} ({tag})
            </option>
          ))}
        </select>
      </div>
      <CompetencyFields
        language={language}
        competencies={competencies}
        onChange={setCompetencies}
        draft={draft}
        onDraftChange={(value) => {
          setDraft(value);
          setDraftError(null);
        }}
        onAddDraft={addDraft}
        draftError={draftError}
      />
      <InterviewPacingFields initial={initial} />
      <div>
        <label htmlFor="externalJobId" className="block text-sm font-medium">
          Job id in your applicant tracking system{" "}
          <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <p id="externalJobId-help" className="mt-1 text-sm text-slate-600">
          Echoed in webhooks and usable as a filter in the API, so your ATS can find this position.
        </p>
        <input
          id="externalJobId"
          name="externalJobId"
          maxLength={200}
          autoComplete="off"
          aria-describedby="externalJobId-help"
          defaultValue={initial?.externalJobId ?? ""}
          className={inputClass}
        />
      </div>
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
