"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { AccommodationKind } from "@/db/schema/notice-and-accommodations";
import { accommodationKinds, answerTimeMultipliers } from "@/lib/compliance/accommodations/schemas";
import { noticeMessages } from "@/lib/compliance/notice/notice-messages";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";

// "More time per answer" would also answer to the select's label, "Time per answer".
const kindLabels = { ...noticeMessages.en.kinds, more_time: "More time" };

/** The grant: time per answer (1× to 3×), the kinds, a note; before the candidate starts. */
export function GrantAccommodationForm(props: {
  interviewId: string;
  initialKinds: AccommodationKind[];
  initialMultiplier: number;
}) {
  const router = useRouter();
  const selectId = useId();
  const noteId = useId();
  const [multiplier, setMultiplier] = useState(props.initialMultiplier);
  const [kinds, setKinds] = useState<AccommodationKind[]>(props.initialKinds);
  const [note, setNote] = useState("");
  const { isPending, message, run } = useSendAction();

  async function grant() {
    const result = await run(
      () =>
        sendJson(`/api/interviews/${props.interviewId}/accommodation`, {
          body: { kinds, answerTimeMultiplier: multiplier, note },
        }),
      () => "Granted.",
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      className="mt-4 space-y-3 border-t border-slate-200 pt-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        void grant();
      }}
    >
      <div>
        <label htmlFor={selectId} className="block font-medium">
          Time per answer
        </label>
        <select
          id={selectId}
          value={String(multiplier)}
          onChange={(event) => setMultiplier(Number(event.target.value))}
          className={inputClass}
        >
          {answerTimeMultipliers.map((value) => (
            <option key={value} value={String(value)}>
              {`${value}×`}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="font-medium">Kinds granted</legend>
        {accommodationKinds.map((kind) => (
          <KindCheckbox
            key={kind}
            label={kindLabels[kind]}
            checked={kinds.includes(kind)}
            onChange={(checked) =>
              setKinds(checked ? [...kinds, kind] : kinds.filter((chosen) => chosen !== kind))
            }
          />
        ))}
      </fieldset>
      <div>
        <label htmlFor={noteId} className="block font-medium">
          Note (shown in the audit trail)
        </label>
        <textarea
          id={noteId}
          value={note}
          maxLength={1000}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
          className={inputClass}
        />
      </div>
      <button type="submit" className={buttonClass} disabled={isPending}>
        Grant accommodation
      </button>
      <FormMessage message={message} />
    </form>
  );
}

function KindCheckbox(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        className="size-4"
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
