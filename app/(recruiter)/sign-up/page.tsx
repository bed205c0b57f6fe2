import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "@/lib/env.mjs";
import { AuthCard, authLinkClass } from "../_components/auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

// Only in open sign-up; by invitation only (the default) there is nothing to show here.
export default function SignUpPage() {
  if (env.SIGN_UP_MODE !== "open") notFound();
  return (
    <AuthCard
      title="Create an account"
      description="We email you a link to confirm the address; after that you create your workspace and invite your team."
      footer={
        <p>
          Have an account?{" "}
          <Link href="/sign-in" className={authLinkClass}>
            Sign in
          </Link>
        </p>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
