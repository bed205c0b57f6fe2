"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { FormMessage, type FormMessageState } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { sendAuthJson } from "./send-auth-json";

const fields = [
  { name: "providerId", label: "Name (in the redirect URI)", hint: "e.g. acme-okta", type: "text" },
  { name: "issuer", label: "Issuer URL", hint: "e.g. https://acme.okta.com", type: "url" },
  { name: "domain", label: "Email domain", hint: "e.g. acme.com", type: "text" },
  { name: "clientId", label: "Client ID", hint: "", type: "text" },
  { name: "clientSecret", label: "Client secret", hint: "", type: "password" },
] as const;

/** Registers the workspace's OIDC provider through better-auth's /sso/register. */
export function RegisterSsoProviderForm({ companyId }: { companyId: string }) {
  const router = useRouter();
  const formId = useId();
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const read = (name: string) => String(form.get(name) ?? "").trim();
    setIsPending(true);
    setMessage(null);
    const result = await sendAuthJson("/sso/register", {
      providerId: read("providerId"),
      issuer: read("issuer"),
      domain: read("domain").toLowerCase(),
      organizationId: companyId,
      defaultRole: read("defaultRole"),
      oidcConfig: { clientId: read("clientId"), clientSecret: read("clientSecret") },
    });
    setIsPending(false);
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return;
    }
    formElement.reset();
    setMessage({ isError: false, text: "Registered: people of that domain can sign in with SSO." });
    router.refresh();
  }

  return (
    <form className="grid max-w-2xl gap-3 sm:grid-cols-2" onSubmit={handleSubmit}>
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`${formId}-${field.name}`} className="block text-sm font-medium">
            {field.label}
          </label>
          <input
            id={`${formId}-${field.name}`}
            name={field.name}
            type={field.type}
            required
            autoComplete="off"
            placeholder={field.hint}
            className={inputClass}
          />
        </div>
      ))}
      <div>
        <label htmlFor={`${formId}-role`} className="block text-sm font-medium">
          Newcomers join as
        </label>
        <select
          id={`${formId}-role`}
          name="defaultRole"
          defaultValue="evaluator"
          className={inputClass}
        >
          <option value="evaluator">Evaluator</option>
          <option value="recruiter">Recruiter</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={isPending}>
          {isPending ? "Registering…" : "Register provider"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
