"use client";
// The AI notice and the candidate's choices, at the top of the consent screen: read before agreeing.
import { useId } from "react";
import { accommodationKinds } from "@/lib/compliance/accommodations/schemas";
import type { NoticeMessages } from "@/lib/compliance/notice/notice-messages";
import type { CandidateNoticeState } from "@/lib/compliance/notice/notice-state";
import type { NoticeChoices } from "../_lib/notice-choices";
import { CandidateCheckbox } from "./candidate-checkbox";

export function NoticeSection(props: {
  notice: CandidateNoticeState;
  messages: NoticeMessages;
  companyName: string;
  choices: NoticeChoices;
  disabled: boolean;
  onChange: (choices: NoticeChoices) => void;
}) {
  const headingId = useId();
  const noteId = useId();
  const m = props.messages;
  const { choices } = props;
  const set = (change: Partial<NoticeChoices>) => props.onChange({ ...choices, ...change });
  const status = props.notice.isGranted
    ? m.granted(props.companyName)
    : props.notice.hasSentChoices && props.notice.request
      ? m.sent(props.companyName)
      : null;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-indigo-200 bg-white p-4 text-sm"
    >
      <h3 id={headingId} className="text-base font-semibold">
        {props.notice.title}
      </h3>
      {props.notice.paragraphs.map((paragraph, index) => (
        // The paragraphs are fixed for this render: their order is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
        <p key={index} className="text-slate-700">
          {paragraph}
        </p>
      ))}
      {status && (
        <p role="status" className="rounded bg-sky-50 p-2 text-sky-950">
          {status}
        </p>
      )}
      <fieldset className="space-y-2 border-t border-slate-200 pt-3">
        <legend className="sr-only">{m.choicesLegend}</legend>
        <CandidateCheckbox
          label={m.noAiScoring}
          checked={choices.noAiScoring}
          disabled={props.disabled}
          onChange={(noAiScoring) => set({ noAiScoring })}
        />
        {choices.noAiScoring && (
          <p className="ml-6 text-slate-600">{m.noAiScoringHint(props.companyName)}</p>
        )}
        <CandidateCheckbox
          label={m.askAccommodation}
          checked={choices.askAccommodation}
          disabled={props.disabled}
          onChange={(askAccommodation) => set({ askAccommodation })}
        />
        {choices.askAccommodation && (
          <div className="ml-6 space-y-2">
            {accommodationKinds.map((kind) => (
              <CandidateCheckbox
                key={kind}
                label={m.kinds[kind]}
                checked={choices.kinds.includes(kind)}
                disabled={props.disabled}
                onChange={(checked) =>
                  set({
                    kinds: checked
                      ? [...choices.kinds, kind]
                      : choices.kinds.filter((chosen) => chosen !== kind),
                  })
                }
              />
            ))}
            <label htmlFor={noteId} className="block font-medium">
              {m.note}
            </label>
            <textarea
              id={noteId}
              value={choices.note}
              maxLength={1000}
              rows={3}
              disabled={props.disabled}
              onChange={(event) => set({ note: event.target.value })}
              className="w-full rounded border border-slate-300 p-2"
            />
            {choices.kinds.length === 0 && <p className="text-amber-900">{m.chooseKind}</p>}
          </div>
        )}
      </fieldset>
    </section>
  );
}
