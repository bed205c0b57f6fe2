"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "../../_components/auth-client";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import { buttonClass } from "../../_components/page-header";

/** A signed-in invitee joins; better-auth makes the workspace their session's active one. */
export function AcceptInvitationButton({ invitationId }: { invitationId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);

  async function accept() {
    setIsPending(true);
    setMessage(null);
    const result = await authClient.organization.acceptInvitation({ invitationId });
    if (result.error) {
      setIsPending(false);
      setMessage({
        isError: true,
        text: result.error.message ?? "The invitation could not be accepted.",
      });
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={accept}
        disabled={isPending}
        className={`${buttonClass} w-full`}
      >
        {isPending ? "Joining…" : "Accept the invitation"}
      </button>
      <FormMessage message={message} />
    </div>
  );
}
