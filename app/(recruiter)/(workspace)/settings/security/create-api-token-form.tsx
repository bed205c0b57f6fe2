"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { CopyButton } from "../../../_components/copy-button";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";

/** Mints a token with POST /api/api-tokens and shows its text once; only its prefix is kept. */
export function CreateApiTokenForm() {
  const router = useRouter();
  const nameId = useId();
  const daysId = useId();
  const tokenId = useId();
  const [name, setName] = useState("");
  const [days, setDays] = useState("90");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const { isPending, message, run } = useSendAction();

  async function create() {
    setCreated(null);
    const result = await run(() =>
      sendJson<{ name: string; token: string }>("/api/api-tokens", {
        body: { name: name.trim(), expiresInDays: Number(days) },
      }),
    );
    if (!result.ok) return;
    setCreated({ name: result.data.name, token: result.data.token });
    setName("");
    router.refresh();
  }

  return (
    <>
      <form
        className="mt-2 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <div className="w-full max-w-xs">
          <label htmlFor={nameId} className="block text-sm font-medium">
            Token name
          </label>
          <input
            id={nameId}
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={daysId} className="block text-sm font-medium">
            Expires after
          </label>
          <select
            id={daysId}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            className={inputClass}
          >
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
          </select>
        </div>
        <button type="submit" className={buttonClass} disabled={isPending || name.trim() === ""}>
          {isPending ? "Creating…" : "Create token"}
        </button>
        <div className="basis-full">
          <FormMessage message={message} />
        </div>
      </form>
      {created ? (
        <div role="status" className="mt-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
          <p className="text-sm font-medium text-emerald-900">
            Token “{created.name}” created. Copy it now: it is not shown again.
          </p>
          <label htmlFor={tokenId} className="mt-2 block text-sm font-medium">
            New API token
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id={tokenId}
              readOnly
              value={created.token}
              onFocus={(event) => event.currentTarget.select()}
              className="block min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
            />
            <CopyButton text={created.token} label="Copy token" />
          </div>
        </div>
      ) : null}
    </>
  );
}
