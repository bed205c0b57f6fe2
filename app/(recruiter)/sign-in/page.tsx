import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "@/lib/env.mjs";
import { isSetupNeeded } from "@/lib/setup/create-first-owner";
import { authLinkClass } from "../_components/auth-card";
import { toSafeNextPath } from "../_components/safe-next-path";
import { SignInForm } from "../_components/sign-in-form";
import { SsoSignInForm } from "../_components/sso-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: {
  searchParams: Promise<{ next?: unknown; error?: unknown }>;
}) {
  // A fresh install has nobody to sign in yet: the first owner is created at /setup.
  if (await isSetupNeeded()) redirect("/setup");
  const searchParams = await props.searchParams;
  const next = toSafeNextPath(searchParams.next);
  return (
    <div className="mx-auto max-w-sm px-6 py-16">
      <h1 className="text-2xl font-bold">Recruiter sign-in</h1>
      <p className="mt-2 text-sm text-slate-600">
        Accounts come from a workspace invitation or your operator. The demo seed prints one.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm next={next} />
      </div>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-3 text-base font-semibold">Sign in with SSO (work email)</h2>
        {/* better-auth sends a failed SSO sign-in back here with ?error= */}
        <SsoSignInForm next={next} hasFailed={typeof searchParams.error === "string"} />
      </section>
      <div className="mt-4 space-y-1 text-sm text-slate-700">
        <p>
          <Link href="/forgot-password" className={authLinkClass}>
            Forgot your password?
          </Link>
        </p>
        {env.SIGN_UP_MODE === "open" ? (
          <p>
            New here?{" "}
            <Link href="/sign-up" className={authLinkClass}>
              Create an account
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
