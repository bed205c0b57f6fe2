"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { authClient } from "./auth-client";
import { callAuth } from "./call-auth";
import { FormMessage, type FormMessageState } from "./form-message";

export type WorkspaceChoice = { id: string; name: string; roleLabel: string };

/**
 * The workspace the session works in, with the user's role there; with two or more (or none
 * active), a choice that moves the session (better-auth's set-active) to the new one's dashboard.
 */
export function WorkspaceSwitcher(props: { workspaces: WorkspaceChoice[]; currentId: string }) {
  const router = useRouter();
  const selectId = useId();
  const current = props.workspaces.find((workspace) => workspace.id === props.currentId);
  // A session outside every workspace it belongs to (removed from the active one) is offered one.
  const [chosenId, setChosenId] = useState(current?.id ?? props.workspaces[0]?.id ?? "");
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  if (props.workspaces.length === 0) return null;
  if (props.workspaces.length === 1 && current) {
    return (
      <p className="text-sm text-slate-700">
        {current.name} <span className="text-slate-600">· {current.roleLabel}</span>
      </p>
    );
  }

  async function switchWorkspace() {
    setIsPending(true);
    setMessage(null);
    const result = await callAuth(() =>
      authClient.organization.setActive({ organizationId: chosenId }),
    );
    setIsPending(false);
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return;
    }
    // Ids on the page belong to the workspace left behind: start from the new one's dashboard.
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void switchWorkspace();
      }}
    >
      <label htmlFor={selectId} className="text-sm text-slate-700">
        Workspace
      </label>
      <select
        id={selectId}
        value={chosenId}
        onChange={(event) => setChosenId(event.target.value)}
        className="max-w-44 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm sm:max-w-xs focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      >
        {props.workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name} ({workspace.roleLabel})
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={isPending || chosenId === props.currentId}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-60"
      >
        {isPending ? "Switching…" : "Switch"}
      </button>
      <FormMessage message={message} />
    </form>
  );
}
