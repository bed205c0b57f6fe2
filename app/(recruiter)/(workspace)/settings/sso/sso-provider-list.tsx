"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage, type FormMessageState } from "../../../_components/form-message";
import { secondaryButtonClass } from "../../../_components/page-header";
import { sendAuthJson } from "./send-auth-json";

type ProviderRow = {
  providerId: string;
  issuer: string;
  domain: string;
  roleLabel: string;
  clientIdLastFour: string;
};

/** The workspace's providers, without secrets; removing one stops sign-in through it at once. */
export function SsoProviderList({ providers }: { providers: ProviderRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessageState>(null);
  if (providers.length === 0) {
    return <p className="mt-2 text-slate-700">None yet: people sign in with their password.</p>;
  }

  async function remove(providerId: string) {
    if (!window.confirm(`Remove ${providerId}? Its people then sign in with a password only.`)) {
      return;
    }
    const result = await sendAuthJson("/sso/delete-provider", { providerId });
    setMessage(
      result.ok
        ? { isError: false, text: `${providerId} removed.` }
        : { isError: true, text: result.message },
    );
    if (result.ok) router.refresh();
  }

  return (
    <>
      <ul className="mt-3 space-y-3">
        {providers.map((provider) => (
          <li
            key={provider.providerId}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <div>
              <p className="font-medium">{provider.providerId}</p>
              <p className="text-sm text-slate-600">
                @{provider.domain} · {provider.issuer} · client {provider.clientIdLastFour} ·
                newcomers join as {provider.roleLabel}
              </p>
            </div>
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => void remove(provider.providerId)}
            >
              Remove {provider.providerId}
            </button>
          </li>
        ))}
      </ul>
      <FormMessage message={message} />
    </>
  );
}
