"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authClient } from "../../_components/auth-client";
import { AuthField } from "../../_components/auth-field";
import { AuthSubmitButton } from "../../_components/auth-submit-button";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import {
  minPasswordLength,
  passwordHint,
  readNewPassword,
} from "../../_components/read-new-password";
import { sendJson } from "../../_components/send-json";

/**
 * A new person joins: the invitation creates their account (the emailed link proved the address),
 * then they sign in and the session starts in the workspace they joined.
 */
export function CreateAccountForm(props: { invitationId: string; email: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    if (!name) {
      setMessage({ isError: true, text: "Enter your name, as your teammates will see it." });
      return;
    }
    const password = readNewPassword(form);
    if (!password.ok) {
      setMessage({ isError: true, text: password.message });
      return;
    }
    setIsPending(true);
    setMessage(null);
    const accepted = await sendJson(
      `/api/invitations/${encodeURIComponent(props.invitationId)}/accept`,
      { body: { name, password: password.value } },
    );
    if (!accepted.ok) {
      setIsPending(false);
      setMessage({ isError: true, text: accepted.message });
      return;
    }
    const signedIn = await authClient.signIn.email({
      email: props.email,
      password: password.value,
    });
    if (signedIn.error) {
      setIsPending(false);
      setMessage({
        isError: true,
        text: "Your account is ready, but signing in failed. Sign in with your new password.",
      });
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <AuthField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={props.email}
        readOnly
      />
      <AuthField label="Your name" name="name" autoComplete="name" maxLength={200} required />
      <AuthField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={passwordHint}
        required
      />
      <AuthField
        label="Password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      <FormMessage message={message} />
      <AuthSubmitButton
        label="Create the account and join"
        pendingLabel="Joining…"
        isPending={isPending}
      />
    </form>
  );
}
