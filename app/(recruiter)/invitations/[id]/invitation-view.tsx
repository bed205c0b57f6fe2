"use client";
import Link from "next/link";
import { useState } from "react";
import { AuthCard, authLinkClass } from "../../_components/auth-card";
import { authClient } from "../../_components/auth-client";
import { secondaryButtonClass } from "../../_components/page-header";
import { AcceptInvitationButton } from "./accept-invitation-button";
import { CreateAccountForm } from "./create-account-form";
import { InvitationDetails } from "./invitation-details";
import type { InvitationLookup } from "./invitation-schema";
import { type InvitationStep, toInvitationStep } from "./invitation-step";
import { useInvitationLookup } from "./use-invitation-lookup";

const closedText: Partial<Record<InvitationStep, string>> = {
  accepted: "This invitation was already accepted. Sign in to open the workspace.",
  withdrawn: "This invitation was withdrawn. Ask the person who invited you to send a new one.",
  expired: "This invitation has expired. Ask the person who invited you to send a new one.",
};

export function InvitationView(props: {
  invitationId: string;
  roleLabels: Record<string, string>;
}) {
  const { state } = useInvitationLookup(props.invitationId);
  const session = authClient.useSession();

  if (state.kind === "failed") {
    return (
      <AuthCard title="Invitation">
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      </AuthCard>
    );
  }
  if (state.kind === "loading" || session.isPending) {
    return (
      <AuthCard title="Invitation">
        <p role="status" className="text-sm text-slate-700">
          Loading the invitation…
        </p>
      </AuthCard>
    );
  }
  const { invitation } = state.lookup;
  const signedInEmail = session.data?.user.email ?? null;
  return (
    <AuthCard
      title={`Join ${invitation.workspaceName}`}
      description={`${invitation.inviterName ?? "A workspace admin"} invited ${invitation.email} to the workspace.`}
    >
      <InvitationDetails
        invitation={invitation}
        roleLabel={props.roleLabels[invitation.role] ?? invitation.role}
      />
      <div className="mt-6 border-t border-slate-200 pt-4">
        <InvitationAction
          invitationId={props.invitationId}
          lookup={state.lookup}
          signedInEmail={signedInEmail}
        />
      </div>
    </AuthCard>
  );
}

function InvitationAction(props: {
  invitationId: string;
  lookup: InvitationLookup;
  signedInEmail: string | null;
}) {
  // Rendered after the browser loaded the invitation, so the clock is the visitor's, once.
  const [now] = useState(() => new Date());
  const step = toInvitationStep({ lookup: props.lookup, signedInEmail: props.signedInEmail, now });
  const email = props.lookup.invitation.email;
  const signInHref = `/sign-in?next=${encodeURIComponent(`/invitations/${props.invitationId}`)}`;
  switch (step) {
    case "create-account":
      return (
        <>
          <h2 className="mb-3 font-semibold">Create your account</h2>
          <CreateAccountForm invitationId={props.invitationId} email={email} />
        </>
      );
    case "sign-in":
      return (
        <div className="space-y-3 text-sm">
          <p>{email} already has an account. Sign in with it to accept.</p>
          <Link href={signInHref} className={`${secondaryButtonClass} w-full`}>
            Sign in to accept
          </Link>
        </div>
      );
    case "accept-signed-in":
      return (
        <div className="space-y-3 text-sm">
          <p>You are signed in as {email}.</p>
          <AcceptInvitationButton invitationId={props.invitationId} />
        </div>
      );
    case "wrong-account":
      return <WrongAccount signedInEmail={props.signedInEmail ?? ""} invitedEmail={email} />;
    default:
      return (
        <div className="space-y-3 text-sm">
          <p role="alert">{closedText[step]}</p>
          <Link href="/sign-in" className={authLinkClass}>
            Go to sign-in
          </Link>
        </div>
      );
  }
}

function WrongAccount(props: { signedInEmail: string; invitedEmail: string }) {
  const [isPending, setIsPending] = useState(false);
  return (
    <div className="space-y-3 text-sm">
      <p role="alert">
        You are signed in as {props.signedInEmail}, but this invitation is for {props.invitedEmail}.
        Only that address can accept it. Sign out, then open the link again.
      </p>
      <button
        type="button"
        disabled={isPending}
        className={`${secondaryButtonClass} w-full`}
        onClick={async () => {
          setIsPending(true);
          // The session hook updates itself, and the page shows the invitee's choices.
          await authClient.signOut();
          setIsPending(false);
        }}
      >
        Sign out
      </button>
    </div>
  );
}
