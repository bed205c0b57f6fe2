"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "../../../_components/form-message";
import { secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";
import { settingsDateFormat } from "../settings-date-format";

export type ApiTokenRow = {
  id: string;
  name: string;
  tokenPrefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  /** Decided by the server's clock, so the browser's render agrees with it. */
  isExpired: boolean;
  workspaceName: string | null;
};

/** The user's unrevoked API tokens (prefixes only: the full text was shown once, at creation). */
export function ApiTokenList({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0) return <p className="mt-2 text-sm text-slate-700">No API tokens.</p>;
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {tokens.map((token) => (
        <ApiTokenItem key={token.id} token={token} />
      ))}
    </ul>
  );
}

function ApiTokenItem({ token }: { token: ApiTokenRow }) {
  const router = useRouter();
  const { isPending, message, run } = useSendAction();
  const format = (iso: string) => settingsDateFormat.format(new Date(iso));

  async function revoke() {
    if (
      !window.confirm(`Revoke the token “${token.name}”? Scripts using it stop working at once.`)
    ) {
      return;
    }
    const result = await run(() => sendJson(`/api/api-tokens/${token.id}`, { method: "DELETE" }));
    if (result.ok) router.refresh();
  }

  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
      <div className="min-w-0 flex-1 basis-56">
        <p className="font-medium">
          {token.name}{" "}
          <code className="text-sm font-normal text-slate-700">{token.tokenPrefix}…</code>
        </p>
        <p className="text-sm text-slate-600">
          {token.workspaceName ? `${token.workspaceName} · ` : "Metrics only · "}
          Created {format(token.createdAt)} ·{" "}
          {token.lastUsedAt ? `last used ${format(token.lastUsedAt)}` : "never used"} ·{" "}
          {token.expiresAt ? (
            token.isExpired ? (
              <span className="font-medium text-amber-900">expired {format(token.expiresAt)}</span>
            ) : (
              `expires ${format(token.expiresAt)}`
            )
          ) : (
            "no expiry"
          )}
        </p>
      </div>
      <button
        type="button"
        className={`${secondaryButtonClass} text-red-800`}
        disabled={isPending}
        onClick={() => void revoke()}
        aria-label={`Revoke the token ${token.name}`}
      >
        Revoke
      </button>
      {message ? (
        <div className="basis-full">
          <FormMessage message={message} />
        </div>
      ) : null}
    </li>
  );
}
