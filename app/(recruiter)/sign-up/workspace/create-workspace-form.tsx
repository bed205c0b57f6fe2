"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authClient } from "../../_components/auth-client";
import { AuthField } from "../../_components/auth-field";
import { AuthSubmitButton } from "../../_components/auth-submit-button";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import { toWorkspaceSlug } from "./workspace-slug";

export function CreateWorkspaceForm() {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    if (!name) {
      setMessage({ isError: true, text: "Name the workspace: your company or team." });
      return;
    }
    setIsPending(true);
    setMessage(null);
    const created = await authClient.organization.create({ name, slug: toWorkspaceSlug(name) });
    const workspaceId = created.data?.id;
    const activated = workspaceId
      ? await authClient.organization.setActive({ organizationId: workspaceId })
      : null;
    const error = created.error ?? activated?.error;
    if (error || !workspaceId) {
      setIsPending(false);
      setMessage({
        isError: true,
        text: error?.message ?? "The workspace could not be created. Try again.",
      });
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      <AuthField
        label="Workspace name"
        name="name"
        autoComplete="organization"
        maxLength={120}
        hint="Your company or team, as candidates and teammates will see it."
        required
      />
      <FormMessage message={message} />
      <AuthSubmitButton
        label="Create your workspace"
        pendingLabel="Creating…"
        isPending={isPending}
      />
    </form>
  );
}
