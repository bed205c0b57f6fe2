"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";

/** The workspace's name, as the header, invitations and candidates' pages show it. */
export function WorkspaceNameForm(props: { companyId: string; current: string }) {
  const router = useRouter();
  const inputId = useId();
  const [name, setName] = useState(props.current);
  const { isPending, message, run } = useSendAction();

  async function save() {
    const result = await run(
      () =>
        sendJson(`/api/companies/${props.companyId}`, {
          method: "PATCH",
          body: { name },
        }),
      () => "Saved.",
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      className="mt-2 max-w-md"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
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
