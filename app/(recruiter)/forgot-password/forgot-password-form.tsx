"use client";
import { type FormEvent, useState } from "react";
import { authClient } from "../_components/auth-client";
import { AuthField } from "../_components/auth-field";
import { AuthSubmitButton } from "../_components/auth-submit-button";
import { FormMessage, type FormMessageState } from "../_components/form-message";

// The same words whether or not an account has that address, so the form tells no one who has one.
const sentText =
  "If an account exists for that address, we sent it a link to choose a new password. Check your inbox (and spam folder); the link expires in one hour.";

export function ForgotPasswordForm() {
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email.includes("@")) {
      setMessage({ isError: true, text: "Enter the email address you sign in with." });
      return;
    }
    setIsPending(true);
    setMessage(null);
    const result = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setIsPending(false);
    // Only a refusal that does not depend on the account (too many requests, a bad address, the
    // server down) is shown; success reads the same for every address.
    if (result.error) {
      setMessage({
        isError: true,
        text:
          result.error.status === 429
            ? "Too many reset requests for this address. Try again in an hour."
            : (result.error.message ?? "The request failed. Try again."),
      });
      return;
    }
    setMessage({ isError: false, text: sentText });
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <AuthField label="Email" name="email" type="email" autoComplete="email" required />
      <FormMessage message={message} />
      <AuthSubmitButton label="Send the link" pendingLabel="Sending…" isPending={isPending} />
    </form>
  );
}
