import { inputClass } from "../../_components/page-header";

export type InterviewPacing = { followUpsPerQuestion: number | null; answerSeconds: number };

const wholeMinutes = [60, 120, 180, 240, 300];

function describeSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (rest > 0) return `${minutes} min ${rest} s`;
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

/**
 * How the interview paces the candidate: follow-ups after each main answer (or the server's
 * default) and the time per answer, chosen in whole minutes and sent as seconds.
 */
export function InterviewPacingFields({ initial }: { initial?: InterviewPacing }) {
  const answerSeconds = initial?.answerSeconds ?? 180;
  // A time set through the API in odd seconds stays selectable, so saving the form keeps it.
  const choices = [...new Set([...wholeMinutes, answerSeconds])].sort((a, b) => a - b);
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="text-sm font-medium">Pacing</legend>
      <div>
        <label htmlFor="followUpsPerQuestion" className="block text-sm font-medium">
          Follow-up questions per answer
        </label>
        <select
          id="followUpsPerQuestion"
          name="followUpsPerQuestion"
          defaultValue={initial?.followUpsPerQuestion ?? ""}
          aria-describedby="follow-ups-help"
          className={inputClass}
        >
          <option value="">Server default</option>
          <option value="0">None</option>
          <option value="1">Up to 1</option>
          <option value="2">Up to 2</option>
          <option value="3">Up to 3</option>
        </select>
        <p id="follow-ups-help" className="mt-1 text-xs text-slate-600">
          Asked only when an answer lacks an action, an outcome or specifics.
        </p>
      </div>
      <div>
        <label htmlFor="answerSeconds" className="block text-sm font-medium">
          Time per answer
        </label>
        <select
          id="answerSeconds"
          name="answerSeconds"
          defaultValue={answerSeconds}
          className={inputClass}
        >
          {choices.map((seconds) => (
            <option key={seconds} value={seconds}>
              {describeSeconds(seconds)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** The pacing fields of a submitted form, as the positions API takes them. */
export function readInterviewPacing(form: FormData): InterviewPacing {
  const followUps = String(form.get("followUpsPerQuestion") ?? "");
  return {
    followUpsPerQuestion: followUps === "" ? null : Number(followUps),
    answerSeconds: Number(form.get("answerSeconds") ?? 180),
  };
}
