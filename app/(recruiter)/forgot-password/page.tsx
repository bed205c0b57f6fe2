import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard, authLinkClass } from "../_components/auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the address you sign in with. We email a link to choose a new password; it works once, for one hour."
      footer={
        <p>
          <Link href="/sign-in" className={authLinkClass}>
            Back to sign-in
          </Link>
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
