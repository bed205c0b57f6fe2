"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { type CompetencyRubric, competencyRubricSchema } from "@/lib/rubrics/schemas";
import { buttonClass, secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { CriterionFields } from "./criterion-fields";
import {
  type CriterionDraft,
  deriveCriterionKey,
  describeIssue,
  toCriteria,
  toDrafts,
} from "./rubric-drafts";

const minCriteria = 3;
const maxCriteria = 5;
const savedText =
  "Saved. New evaluations use this rubric; existing scores keep the version they were made with.";
const heldText =
  "Held for a replay: it runs on the position's evaluated interviews, and the change applies when you confirm it above.";

/** `field` names the input an error is about, so it can be marked invalid. */
type Message = { tone: "error" | "ok" | "info"; text: string; field?: string };
const messageTones: Record<Message["tone"], string> = {
  error: "bg-red-50 text-red-800",
  ok: "bg-emerald-50 text-emerald-900",
  info: "bg-slate-100 text-slate-800",
};

/** One competency's rubric in a collapsible panel; saving PATCHes only this competency's rubric. */
export function CompetencyRubricPanel(props: {
  positionId: string;
  competency: string;
  language: string;
  initial: CompetencyRubric;
  isOpen: boolean;
  /** The recruiter's own competency, still on the generic criteria: marked until edited. */
  isGeneric: boolean;
}) {
  const router = useRouter();
  const label = getCompetencyLabel(props);
  const formRef = useRef<HTMLFormElement>(null);
  const [drafts, setDrafts] = useState(() => toDrafts(props.initial.criteria));
  const [saved, setSaved] = useState(() => JSON.stringify(props.initial.criteria));
  const [message, setMessage] = useState<Message | null>(null);
  const [isPending, setIsPending] = useState(false);
  // A field (by `name`) to focus once React has rendered it: a new criterion, or an invalid one.
  const [focusName, setFocusName] = useState<string | null>(null);
  const newCount = useRef(0);
  // Until React hydrates, Save would submit the form natively (a GET with every field in the URL).
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  const messageId = useId();
  const limitHint =
    drafts.length <= minCriteria
      ? `A rubric needs at least ${minCriteria} criteria.`
      : drafts.length >= maxCriteria
        ? `A rubric holds at most ${maxCriteria} criteria.`
        : null;
  const isDirty = JSON.stringify(toCriteria(drafts)) !== saved;

  useEffect(() => {
    if (!focusName) return;
    const field = formRef.current?.elements.namedItem(focusName);
    if (field instanceof HTMLElement) field.focus();
    setFocusName(null);
  }, [focusName]);

  function updateDraft(index: number, next: CriterionDraft) {
    const takenKeys = drafts.filter((_, i) => i !== index).map((draft) => draft.key);
    const key = next.isNew ? deriveCriterionKey({ name: next.name, takenKeys }) : next.key;
    setDrafts(drafts.map((draft, i) => (i === index ? { ...next, key } : draft)));
    setMessage(null);
  }

  function addCriterion() {
    newCount.current += 1;
    const key = deriveCriterionKey({ name: "", takenKeys: drafts.map((draft) => draft.key) });
    const anchors = { "1": "", "3": "", "5": "" };
    const draft = { draftId: `new-${newCount.current}`, isNew: true, key, anchors };
    setDrafts([...drafts, { ...draft, name: "", description: "" }]);
    setFocusName(`criteria.${drafts.length}.name`);
  }

  function removeCriterion(index: number) {
    setDrafts(drafts.filter((_, i) => i !== index));
    // The button goes away with its criterion; keep focus in the panel instead of the page top.
    setFocusName("add-criterion");
  }

  function resetToDefault() {
    const rubric = getDefaultRubric({ competency: props.competency, language: props.language });
    setDrafts(toDrafts(rubric.criteria));
    setMessage({ tone: "info", text: "Reset to the default rubric. Save to keep it." });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = competencyRubricSchema.safeParse({
      competency: props.competency,
      criteria: toCriteria(drafts),
    });
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const field = issue?.path.join(".");
      setMessage({
        tone: "error",
        text: issue ? describeIssue(issue) : "Check the rubric.",
        field,
      });
      if (field) setFocusName(field);
      return;
    }
    setIsPending(true);
    setMessage(null);
    const result = await sendJson<{ rubrics?: CompetencyRubric[]; replay?: { id: string } }>(
      `/api/positions/${props.positionId}`,
      { method: "PATCH", body: { rubrics: [parsed.data] } },
    );
    setIsPending(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      return;
    }
    // What the server stored (trimmed, keys now fixed) becomes the new baseline.
    const stored = result.data.rubrics?.find((rubric) => rubric.competency === props.competency);
    const criteria = stored?.criteria ?? parsed.data.criteria;
    setDrafts(toDrafts(criteria));
    setSaved(JSON.stringify(criteria));
    // A held change waits for its replay (shown above the editor) and a confirmation.
    setMessage(
      result.data.replay ? { tone: "info", text: heldText } : { tone: "ok", text: savedText },
    );
    router.refresh();
  }

  return (
    <details open={props.isOpen} className="group rounded-lg border border-slate-200 bg-white">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-700 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="text-slate-500 transition-transform group-open:rotate-90"
        >
          ▸
        </span>
        <span className="font-medium text-slate-900">{label}</span>
        <span className="text-sm text-slate-600">{drafts.length} criteria</span>
        {props.isGeneric ? (
          <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
            Generic criteria: no default rubric
          </span>
        ) : null}
        {isDirty ? (
          <span className="ml-auto rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
            Unsaved changes
          </span>
        ) : null}
      </summary>
      <form
        ref={formRef}
        onSubmit={handleSubmit}
        noValidate
        aria-label={`${label} rubric`}
        className="grid gap-4 border-t border-slate-200 p-4 sm:p-6"
      >
        {drafts.map((draft, index) => (
          <CriterionFields
            key={draft.draftId}
            criterion={draft}
            index={index}
            competencyLabel={label}
            canRemove={isHydrated && drafts.length > minCriteria}
            invalidField={message?.field}
            errorId={messageId}
            onChange={(next) => updateDraft(index, next)}
            onRemove={() => removeCriterion(index)}
          />
        ))}
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            name="add-criterion"
            onClick={addCriterion}
            disabled={!isHydrated || drafts.length >= maxCriteria}
            aria-label={`Add criterion to ${label}`}
            className={secondaryButtonClass}
          >
            Add criterion
          </button>
          <button
            type="button"
            onClick={resetToDefault}
            disabled={!isHydrated}
            aria-label={`Reset to default for ${label}`}
            className={secondaryButtonClass}
          >
            Reset to default
          </button>
          {limitHint ? <span className="text-sm text-slate-600">{limitHint}</span> : null}
          <button
            type="submit"
            disabled={!isHydrated || isPending}
            aria-label={`Save rubrics for ${label}`}
            className={`${buttonClass} sm:ml-auto`}
          >
            {isPending ? "Saving…" : "Save rubrics"}
          </button>
        </div>
        <div aria-live="polite">
          {message ? (
            <p
              id={messageId}
              className={`rounded-md px-3 py-2 text-sm ${messageTones[message.tone]}`}
            >
              {message.text}
            </p>
          ) : null}
        </div>
      </form>
    </details>
  );
}
