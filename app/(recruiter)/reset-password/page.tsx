import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AuthCard, authLinkClass } from "../_components/auth-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// better-auth's link callback sends `?token=…` for a live token and `?error=INVALID_TOKEN` for an
// expired or used one; anything else in the query is ignored.
const searchParamsSchema = z.object({
  token: z.string().min(1).max(512).optional().catch(undefined),
  error: z.string().max(64).optional().catch(undefined),
});

export default async function ResetPasswordPage(props: { searchParams: Promise<unknown> }) {
  const { token, error } = searchParamsSchema.parse(await props.searchParams);
  const footer = (
    <p>
      <Link href="/sign-in" className={authLinkClass}>
        Back to sign-in
      </Link>
    </p>
  );
  if (error || !token) {
    return (
      <AuthCard title="This link cannot be used" footer={footer}>
        <p role="alert" className="text-sm text-slate-800">
          {error
            ? "The link to choose a new password has expired or was already used. Links work once, for one hour."
            : "Open the link from the password email to choose a new password."}
        </p>
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className={authLinkClass}>
            Send a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      description="After the change, every session of your account is signed out, on every device."
      footer={footer}
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
