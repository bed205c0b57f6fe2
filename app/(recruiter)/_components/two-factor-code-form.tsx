"use client";
import { type FormEvent, useState } from "react";
import { authClient } from "./auth-client";

/**
 * The second step of signing in with two-factor on: a code from the authenticator app, or one of
 * the backup codes given when it was turned on.
 */
export function TwoFactorCodeForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [isBackupCode, setIsBackupCode] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    setIsPending(true);
    setError(null);
    const result = isBackupCode
      ? await authClient.twoFactor.verifyBackupCode({ code })
      : await authClient.twoFactor.verifyTotp({ code });
    setIsPending(false);
    if (result.error) {
      setError(result.error.message ?? "That code did not work.");
      return;
    }
    onSignedIn();
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="two-factor-code" className="block text-sm font-medium">
          {isBackupCode ? "Backup code" : "Code from your authenticator app"}
        </label>
        <input
          id="two-factor-code"
          name="code"
          // biome-ignore lint/a11y/noAutofocus: the code field is the only thing on this step
          autoFocus
          inputMode={isBackupCode ? "text" : "numeric"}
          autoComplete="one-time-code"
          required
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
      </div>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
      >
        {isPending ? "Checking…" : "Verify"}
      </button>
      <button
        type="button"
        onClick={() => setIsBackupCode(!isBackupCode)}
        className="text-sm text-indigo-800 underline"
      >
        {isBackupCode ? "Use the authenticator app instead" : "Use a backup code instead"}
      </button>
    </form>
  );
}
