"use client";
import { useState } from "react";
import type { NotificationSettings } from "@/lib/notifications/schemas";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass } from "../../../_components/page-header";
import { useSaveAction } from "../../../_components/use-save-action";

type NotificationEmailMode = NotificationSettings["emailMode"];

const modes: { value: NotificationEmailMode; label: string; description: string }[] = [
  { value: "each", label: "One mail each (default)", description: "A mail as soon as it happens." },
  {
    value: "daily_digest",
    label: "Daily digest",
    description: "One mail a day at 08:00 UTC listing what arrived since the last one.",
  },
  { value: "none", label: "No mail", description: "Only on your dashboard." },
];

/** The member's own choice of notification mail, saved with PUT /api/notification-settings. */
export function NotificationModeForm(props: { current: NotificationEmailMode }) {
  const [choice, setChoice] = useState(props.current);
  const { isPending, message, save } = useSaveAction();

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save("/api/notification-settings", "PUT", { emailMode: choice });
      }}
    >
      <fieldset>
        <legend className="sr-only">Notification email</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {modes.map((mode) => (
            <label
              key={mode.value}
              className="flex gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-indigo-600 has-[:checked]:ring-2 has-[:checked]:ring-indigo-200"
            >
              <input
                type="radio"
                name="emailMode"
                value={mode.value}
                checked={choice === mode.value}
                onChange={() => setChoice(mode.value)}
                className="mt-0.5 size-4 accent-indigo-700"
              />
              <span>
                <span className="block font-medium">{mode.label}</span>
                <span className="block text-slate-600">{mode.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={isPending || choice === props.current}
        >
          {isPending ? "Saving…" : "Save"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
