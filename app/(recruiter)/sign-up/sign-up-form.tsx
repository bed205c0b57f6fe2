"use client";
import { type FormEvent, useState } from "react";
import { authClient } from "../_components/auth-client";
import { AuthField } from "../_components/auth-field";
import { AuthSubmitButton } from "../_components/auth-submit-button";
import { FormMessage, type FormMessageState } from "../_components/form-message";
import { minPasswordLength, passwordHint, readNewPassword } from "../_components/read-new-password";
import { afterVerificationPath } from "./after-verification-path";

export function SignUpForm() {
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const email = String(form.get("email") ?? "").trim();
    if (!name || !email.includes("@")) {
      setMessage({ isError: true, text: "Enter your name and your work email address." });
      return;
    }
    const password = readNewPassword(form);
    if (!password.ok) {
      setMessage({ isError: true, text: password.message });
      return;
    }
    setIsPending(true);
    setMessage(null);
    const result = await authClient.signUp.email({
      name,
      email,
      password: password.value,
      callbackURL: afterVerificationPath,
    });
    setIsPending(false);
    if (result.error) {
      setMessage({ isError: true, text: result.error.message ?? "Sign-up failed. Try again." });
      return;
    }
    setSentTo(email);
  }

  if (sentTo) {
    return (
      <div role="status" className="space-y-2 text-sm">
        <p className="font-medium text-emerald-800">Check your email to verify your address.</p>
        <p>
          We sent a link to <span className="font-medium break-all">{sentTo}</span>. Open it to
          confirm the address and create your workspace; it works for 24 hours.
        </p>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <AuthField label="Name" name="name" autoComplete="name" maxLength={200} required />
      <AuthField label="Work email" name="email" type="email" autoComplete="email" required />
      <AuthField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={passwordHint}
        required
      />
      <FormMessage message={message} />
      <AuthSubmitButton label="Create the account" pendingLabel="Creating…" isPending={isPending} />
    </form>
  );
}
