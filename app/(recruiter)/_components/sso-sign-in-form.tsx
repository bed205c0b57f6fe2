"use client";
import { type FormEvent, useState } from "react";
import { authClient } from "./auth-client";
import { AuthField } from "./auth-field";
import { AuthSubmitButton } from "./auth-submit-button";
import { callAuth } from "./call-auth";
import { FormMessage, type FormMessageState } from "./form-message";

const returnedWithError: FormMessageState = {
  isError: true,
  text: "Single sign-on did not sign you in. Use the work email your identity provider knows; an account made with a password keeps signing in with it.",
};

/**
 * Starts single sign-on: better-auth finds the workspace's identity provider by the email's domain
 * and answers with the IdP's URL, where the browser goes next. The IdP sends it back to
 * /api/auth/sso/callback/…, then to `next`; a failure comes back here with `?error=`.
 */
export function SsoSignInForm(props: { next?: string | null; hasFailed: boolean }) {
  const [message, setMessage] = useState<FormMessageState>(
    props.hasFailed ? returnedWithError : null,
  );
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("sso-email") ?? "").trim();
    setIsPending(true);
    setMessage(null);
    const result = await callAuth(() =>
      authClient.$fetch<{ url: string }>("/sign-in/sso", {
        method: "POST",
        body: { email, callbackURL: props.next ?? "/dashboard", errorCallbackURL: "/sign-in" },
      }),
    );
    if (result.ok && result.data?.url) {
      window.location.assign(result.data.url);
      return;
    }
    setIsPending(false);
    setMessage({
      isError: true,
      text: result.ok ? "No identity provider answered for this email." : result.message,
    });
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-3" noValidate>
      <AuthField
        // Not "Email" nor a "Sign in" button: the password form above keeps those names.
        label="Work address"
        name="sso-email"
        type="email"
        autoComplete="username"
        required
        hint="The email address your company's identity provider (OIDC) knows."
      />
      <FormMessage message={message} />
      <AuthSubmitButton
        label="Continue with SSO"
        pendingLabel="Opening your identity provider…"
        isPending={isPending}
      />
    </form>
  );
}
