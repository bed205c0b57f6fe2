"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { authClient } from "../../../_components/auth-client";
import { callAuth } from "../../../_components/call-auth";
import { FormMessage, type FormMessageState } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import type { RoleOption } from "./role-options";

/** Invites someone by email with a role; the invitation email goes out through the mailer. */
export function InviteMemberForm({ roleOptions }: { roleOptions: RoleOption[] }) {
  const router = useRouter();
  const emailId = useId();
  const roleId = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<RoleOption["value"]>("evaluator");
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  async function invite() {
    setIsPending(true);
    setMessage(null);
    const address = email.trim();
    const result = await callAuth(() =>
      authClient.organization.inviteMember({ email: address, role }),
    );
    setIsPending(false);
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return;
    }
    setMessage({ isError: false, text: `Invitation sent to ${address}.` });
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
