"use client";
import { type FormEvent, useState } from "react";
import { authClient } from "../../_components/auth-client";
import { AuthField } from "../../_components/auth-field";
import { AuthSubmitButton } from "../../_components/auth-submit-button";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import { afterVerificationPath } from "../after-verification-path";

export function ResendVerificationForm() {
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email.includes("@")) {
      setMessage({ isError: true, text: "Enter the address you signed up with." });
      return;
    }
    setIsPending(true);
    setMessage(null);
    const result = await authClient.sendVerificationEmail({
      email,
      callbackURL: afterVerificationPath,
    });
    setIsPending(false);
    setMessage(
      result.error
        ? { isError: true, text: result.error.message ?? "The link could not be sent. Try again." }
        : {
            isError: false,
            text: "If that address has an unconfirmed account, we sent it a new link.",
          },
    );
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <AuthField label="Email" name="email" type="email" autoComplete="email" required />
      <FormMessage message={message} />
      <AuthSubmitButton label="Send a new link" pendingLabel="Sending…" isPending={isPending} />
    </form>
  );
}
