"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { authClient } from "../../../_components/auth-client";
import { callAuth } from "../../../_components/call-auth";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { useSendAction } from "../../../_components/use-send-action";
import type { RoleOption } from "./role-options";

/** Invites someone by email with a role; the invitation email goes out through the mailer. */
export function InviteMemberForm({ roleOptions }: { roleOptions: RoleOption[] }) {
  const router = useRouter();
  const emailId = useId();
  const roleId = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<RoleOption["value"]>("evaluator");
  const { isPending, message, run } = useSendAction();

  async function invite() {
    const address = email.trim();
    const result = await run(
      () => callAuth(() => authClient.organization.inviteMember({ email: address, role })),
      () => `Invitation sent to ${address}.`,
    );
    if (!result.ok) return;
    setEmail("");
    router.refresh();
  }

  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void invite();
      }}
    >
      <div className="w-full max-w-sm">
        <label htmlFor={emailId} className="block text-sm font-medium">
          Email
        </label>
        <input
          id={emailId}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={roleId} className="block text-sm font-medium">
          Role
        </label>
        <select
          id={roleId}
          value={role}
          onChange={(event) => setRole(event.target.value as RoleOption["value"])}
          className={inputClass}
        >
          {roleOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass} disabled={isPending || email.trim() === ""}>
        {isPending ? "Sending…" : "Send invitation"}
      </button>
      <div className="basis-full">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
