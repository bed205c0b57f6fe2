import type { CandidateMessages } from "../_lib/candidate-messages";
import type { QuestionView } from "../_lib/question-step-view";
import { primaryButton } from "./button-styles";

/**
 * "Next question" (or "Finish"). Once the candidate has paused after speaking, the same button
 * asks "Done? Next question" and is ringed: it only offers, the answer ends when it is pressed.
 * One button rather than a second one beside it, so there is one way on.
 */
export function QuestionFooter(props: {
  view: QuestionView;
  messages: CandidateMessages["question"];
  onAdvance: () => void;
}) {
  const { view, messages: m } = props;
  const isOffered = view.isDoneOffered && !view.isAdvancing;
  const offer = view.isLast ? m.doneFinish : m.doneNext;
  const label = isOffered ? offer : view.isLast ? m.finish : m.next;
  return (
    <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-4">
      <span role="status" className="sr-only">
        {isOffered ? offer : ""}
      </span>
      {/* While the answer is saved and a follow-up decided (≤ 1 s), a quiet "…" and the same name. */}
      <button
        type="button"
        disabled={view.isAdvancing}
        aria-busy={view.isAdvancing}
        onClick={props.onAdvance}
        data-done-offered={isOffered}
        className={`${primaryButton} min-w-32 ${isOffered ? "ring-4 ring-indigo-300 ring-offset-2" : ""}`}
      >
        {view.isAdvancing ? (
          <>
            <span aria-hidden>…</span>
            <span className="sr-only">{label}</span>
          </>
        ) : (
          label
        )}
      </button>
    </div>
  );
}
