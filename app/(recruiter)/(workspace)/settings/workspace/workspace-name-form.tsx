"use client";
import { useId, useState } from "react";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { useSaveAction } from "../../../_components/use-save-action";

/** The workspace's name, as the header, invitations and candidates' pages show it. */
export function WorkspaceNameForm(props: { companyId: string; current: string }) {
  const inputId = useId();
  const [name, setName] = useState(props.current);
  const { isPending, message, save } = useSaveAction();

  return (
    <form
      className="mt-2 max-w-md"
      onSubmit={(event) => {
        event.preventDefault();
        void save(`/api/companies/${props.companyId}`, "PATCH", { name });
      }}
    >
      <label htmlFor={inputId} className="block text-sm font-medium">
        Workspace name
      </label>
      <input
        id={inputId}
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        required
        maxLength={200}
        className={inputClass}
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={isPending || name.trim() === "" || name.trim() === props.current}
        >
          {isPending ? "Saving…" : "Save name"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
