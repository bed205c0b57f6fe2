import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getPageUser } from "@/lib/auth/get-page-user";
import { env } from "@/lib/env.mjs";
import { AuthCard, authLinkClass } from "../../_components/auth-card";
import { CreateWorkspaceForm } from "./create-workspace-form";
import { ResendVerificationForm } from "./resend-verification-form";

export const metadata: Metadata = { title: "Create your workspace" };

// better-auth's verification link lands here signed in, or with `?error=TOKEN_EXPIRED` (or
// INVALID_TOKEN, USER_NOT_FOUND…) when the link cannot be used.
const searchParamsSchema = z.object({ error: z.string().max(64).optional().catch(undefined) });

export default async function CreateWorkspacePage(props: { searchParams: Promise<unknown> }) {
  if (env.SIGN_UP_MODE !== "open") notFound();
  const { error } = searchParamsSchema.parse(await props.searchParams);
  if (error) {
    return (
      <AuthCard
        title="This link cannot be used"
        description={
          <p role="alert">
            {error === "TOKEN_EXPIRED"
              ? "The verification link has expired (links work for 24 hours)."
              : "The verification link is not valid, or was meant for another account."}{" "}
            Ask for a new one below.
          </p>
        }
      >
        <ResendVerificationForm />
      </AuthCard>
    );
  }
  const user = await getPageUser();
  if (!user) redirect("/sign-in?next=/sign-up/workspace");
  return (
    <AuthCard
      title="Create your workspace"
      description="Your address is confirmed. A workspace holds your positions, interviews and teammates; you are its owner."
      footer={
        user.workspace ? (
          <p>
            You already belong to a workspace.{" "}
            <Link href="/dashboard" className={authLinkClass}>
              Go to the dashboard
            </Link>
          </p>
        ) : null
      }
    >
      <CreateWorkspaceForm />
    </AuthCard>
  );
}
