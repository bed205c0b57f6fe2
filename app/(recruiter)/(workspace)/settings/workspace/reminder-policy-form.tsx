"use client";
import { useId, useState } from "react";
import { type ReminderPolicy, reminderPolicySchema } from "@/lib/invitations/schemas";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass, secondaryButtonClass } from "../../../_components/page-header";
import { useSaveAction } from "../../../_components/use-save-action";

/** "48, 24" → [48, 24]; the schema then checks the range and the count. */
function parseHours(text: string): number[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
}

/** The workspace's reminders to candidates who have not started, saved with PATCH /api/companies/{id}. */
export function ReminderPolicyForm(props: {
  companyId: string;
  current: ReminderPolicy;
  isDefault: boolean;
}) {
  const hoursId = useId();
  const [atHalfWindow, setAtHalfWindow] = useState(props.current.atHalfWindow);
  const [hours, setHours] = useState(props.current.hoursBeforeDeadline.join(", "));
  const { isPending, message, setMessage, save } = useSaveAction();

  async function savePolicy(reminderPolicy: ReminderPolicy | null) {
    await save(`/api/companies/${props.companyId}`, "PATCH", { reminderPolicy });
  }

  function submit() {
    const parsed = reminderPolicySchema.safeParse({
      atHalfWindow,
      hoursBeforeDeadline: parseHours(hours),
    });
    if (!parsed.success) {
      setMessage({
        isError: true,
        text: "Hours before the deadline: up to five whole numbers from 1 to 720, separated by commas.",
      });
      return;
    }
    void savePolicy(parsed.data);
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-3 text-sm"
    >
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={atHalfWindow}
          onChange={(event) => setAtHalfWindow(event.target.checked)}
          className="size-4 accent-indigo-700"
        />
        Remind when half the time to the deadline has passed
      </label>
      <div>
        <label htmlFor={hoursId} className="block font-medium">
          Remind this many hours before the deadline
        </label>
        <input
          id={hoursId}
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          placeholder="none"
          className={`${inputClass} mt-1 max-w-xs`}
        />
        <p className="mt-1 text-slate-600">Comma-separated, e.g. “48, 24”. Empty: none.</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={isPending}>
          {isPending ? "Saving…" : "Save"}
        </button>
        {props.isDefault ? null : (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            onClick={() => void savePolicy(null)}
          >
            Back to the default
          </button>
        )}
        <FormMessage message={message} />
      </div>
    </form>
  );
}
