"use client";
import { useId } from "react";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";
import type { WebhookEventOption } from "./webhook-endpoint-types";

/** The events an endpoint receives: each with what it means, and one box for all of them. */
export function EventCheckboxes(props: {
  options: WebhookEventOption[];
  selected: WorkspaceEventType[];
  onChange: (selected: WorkspaceEventType[]) => void;
}) {
  const baseId = useId();
  const isAllSelected = props.selected.length === props.options.length;
  const toggle = (type: WorkspaceEventType, isChecked: boolean) =>
    props.onChange(
      props.options
        .map((option) => option.type)
        .filter((each) => (each === type ? isChecked : props.selected.includes(each))),
    );
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-medium">Events</legend>
      <div className="flex items-center gap-2">
        <input
          id={`${baseId}-all`}
          type="checkbox"
          checked={isAllSelected}
          onChange={(event) =>
            props.onChange(event.target.checked ? props.options.map((option) => option.type) : [])
          }
          className="size-4 accent-indigo-700"
        />
        <label htmlFor={`${baseId}-all`} className="text-sm font-medium">
          All events
        </label>
      </div>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {props.options.map((option) => (
          <li key={option.type} className="flex items-start gap-2">
            <input
              id={`${baseId}-${option.type}`}
              type="checkbox"
              checked={props.selected.includes(option.type)}
              onChange={(event) => toggle(option.type, event.target.checked)}
              aria-describedby={`${baseId}-${option.type}-hint`}
              className="mt-0.5 size-4 accent-indigo-700"
            />
            <div>
              <label htmlFor={`${baseId}-${option.type}`} className="font-mono text-sm">
                {option.type}
              </label>
              <p id={`${baseId}-${option.type}-hint`} className="text-sm text-slate-600">
                {option.description}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
