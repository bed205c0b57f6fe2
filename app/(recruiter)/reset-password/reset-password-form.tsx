"use client";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { authLinkClass } from "../_components/auth-card";
import { authClient } from "../_components/auth-client";
import { AuthField } from "../_components/auth-field";
import { AuthSubmitButton } from "../_components/auth-submit-button";
import { FormMessage, type FormMessageState } from "../_components/form-message";
import { minPasswordLength, passwordHint, readNewPassword } from "../_components/read-new-password";

export function ResetPasswordForm({ token }: { token: string }) {
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const [isTokenDead, setIsTokenDead] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = readNewPassword(new FormData(event.currentTarget));
    if (!password.ok) {
      setMessage({ isError: true, text: password.message });
      return;
    }
    setIsPending(true);
    setMessage(null);
    const result = await authClient.resetPassword({ newPassword: password.value, token });
    setIsPending(false);
    if (result.error) {
      const isInvalidToken = result.error.code === "INVALID_TOKEN";
      setIsTokenDead(isInvalidToken);
      setMessage({
        isError: true,
        text: isInvalidToken
          ? "This link has expired or was already used. Ask for a new one."
          : (result.error.message ?? "The password could not be changed. Try again."),
      });
      return;
    }
    setIsDone(true);
  }

  if (isDone) {
    return (
      <div role="status" className="space-y-3 text-sm">
        <p className="font-medium text-emerald-800">Your password is changed.</p>
        <p>Every session of your account was signed out. Sign in again with the new password.</p>
        <p>
          <Link href="/sign-in" className={authLinkClass}>
            Sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <AuthField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={passwordHint}
        required
      />
      <AuthField
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      <FormMessage message={message} />
      {isTokenDead ? (
        <p className="text-sm">
          <Link href="/forgot-password" className={authLinkClass}>
            Send a new link
          </Link>
        </p>
      ) : null}
      <AuthSubmitButton
        label="Change the password"
        pendingLabel="Changing…"
        isPending={isPending}
      />
    </form>
  );
}
