"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { authClient } from "../../../_components/auth-client";
import { callAuth } from "../../../_components/call-auth";
import { CopyButton } from "../../../_components/copy-button";
import { FormMessage, type FormMessageState } from "../../../_components/form-message";
import { buttonClass, inputClass, secondaryButtonClass } from "../../../_components/page-header";

type Enrolment = { totpURI: string; secret: string; backupCodes: string[] };

/** The secret an authenticator app asks for when the otpauth:// link cannot be scanned. */
function secretOf(totpURI: string): string {
  try {
    return new URL(totpURI).searchParams.get("secret") ?? "";
  } catch {
    return "";
  }
}

/**
 * TOTP two-factor through better-auth: the password starts enrolment, the app's first code
 * finishes it (until then sign-in is unchanged); the password turns it off again.
 */
export function TwoFactorPanel({ isEnabled }: { isEnabled: boolean }) {
  const router = useRouter();
  const passwordId = useId();
  const codeId = useId();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  async function run<T>(call: Parameters<typeof callAuth<T>>[0], onDone: (data: T | null) => void) {
    setIsPending(true);
    setMessage(null);
    const result = await callAuth(call);
    setIsPending(false);
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return;
    }
    setPassword("");
    onDone(result.data);
  }

  const startEnrolment = () =>
    run(
      () => authClient.twoFactor.enable({ password }),
      (data) => {
        const totpURI = data && "totpURI" in data ? data.totpURI : "";
        const backupCodes = data && "backupCodes" in data ? data.backupCodes : [];
        setEnrolment({ totpURI, secret: secretOf(totpURI), backupCodes });
      },
    );
  const confirmCode = () =>
    run(
      () => authClient.twoFactor.verifyTotp({ code: code.trim() }),
      () => {
        setEnrolment(null);
        setCode("");
        setMessage({ isError: false, text: "Two-factor sign-in is on." });
        router.refresh();
      },
    );
  const turnOff = () =>
    run(
      () => authClient.twoFactor.disable({ password }),
      () => {
        setMessage({ isError: false, text: "Two-factor sign-in is off." });
        router.refresh();
      },
    );

  const passwordField = (
    <div className="w-full max-w-xs">
      <label htmlFor={passwordId} className="block text-sm font-medium">
        Your password
      </label>
      <input
        id={passwordId}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        className={inputClass}
      />
    </div>
  );

  if (enrolment) {
    return (
      <div className="mt-2 max-w-2xl space-y-3">
        <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-800">
          <li>
            In your authenticator app, add an account with this key (or open the link on a phone
            that has the app):
            <code className="mt-1 block break-all rounded bg-slate-100 px-2 py-1 font-mono">
              {enrolment.secret}
            </code>
            <span className="mt-1 flex flex-wrap gap-2">
              <CopyButton text={enrolment.secret} label="Copy key" />
              <CopyButton text={enrolment.totpURI} label="Copy otpauth link" />
            </span>
          </li>
          <li>
            Keep these backup codes somewhere safe; each signs you in once without the app:
            <code className="mt-1 block break-all rounded bg-slate-100 px-2 py-1 font-mono">
              {enrolment.backupCodes.join(" ")}
            </code>
          </li>
          <li>Enter the 6-digit code the app shows now.</li>
        </ol>
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            void confirmCode();
          }}
        >
          <div>
            <label htmlFor={codeId} className="block text-sm font-medium">
              Code from the app
            </label>
            <input
              id={codeId}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
              className={inputClass}
            />
          </div>
          <button type="submit" className={buttonClass} disabled={isPending || code.trim() === ""}>
            Turn on
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            onClick={() => setEnrolment(null)}
          >
            Cancel
          </button>
        </form>
        <FormMessage message={message} />
      </div>
    );
  }

  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void (isEnabled ? turnOff() : startEnrolment());
      }}
    >
      <p className="basis-full text-sm text-slate-700">
        {isEnabled
          ? "On: signing in asks for a code from your authenticator app."
          : "Off: signing in asks only for your password."}
      </p>
      {passwordField}
      <button
        type="submit"
        className={isEnabled ? secondaryButtonClass : buttonClass}
        disabled={isPending || password === ""}
      >
        {isEnabled ? "Turn off two-factor" : "Set up two-factor"}
      </button>
      <div className="basis-full">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
