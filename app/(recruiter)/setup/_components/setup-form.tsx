"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { authClient } from "../../_components/auth-client";
import { FormMessage, type FormMessageState } from "../../_components/form-message";
import { sendJson } from "../../_components/send-json";

const inputClass =
  "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";

type Field = {
  name: "code" | "name" | "email" | "password" | "workspaceName";
  label: string;
  type: string;
  autoComplete: string;
  hint?: string;
};

const fields: Field[] = [
  {
    name: "code",
    label: "Setup code",
    type: "text",
    autoComplete: "one-time-code",
    hint: "Like ABCD-EFGH-JKMN-PQRS, printed at server start while nobody has an account.",
  },
  { name: "name", label: "Your name", type: "text", autoComplete: "name" },
  { name: "email", label: "Email", type: "email", autoComplete: "username" },
  {
    name: "password",
    label: "Password",
    type: "password",
    autoComplete: "new-password",
    hint: "At least 10 characters.",
  },
  { name: "workspaceName", label: "Workspace name", type: "text", autoComplete: "organization" },
];

export function SetupForm() {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessageState>(null);
  const [isPending, setIsPending] = useState(false);
  // Until React has hydrated, a click would submit the form natively; keep the button off till then.
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = Object.fromEntries(fields.map(({ name }) => [name, String(form.get(name) ?? "")]));
    setIsPending(true);
    setMessage(null);
    const created = await sendJson<{ userId: string }>("/api/setup", { body });
    if (!created.ok) {
      setIsPending(false);
      setMessage({ isError: true, text: created.message });
      return;
    }
    const signedIn = await authClient.signIn.email({
      email: body.email ?? "",
      password: body.password ?? "",
    });
    if (signedIn.error) {
      setIsPending(false);
      setMessage({
        isError: true,
        text: "Your account is ready, but signing in failed: sign in on the sign-in page.",
      });
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit} className="space-y-4" noValidate>
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className="block text-sm font-medium">
            {field.label}
          </label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            aria-describedby={field.hint ? `${field.name}-hint` : undefined}
            {...(field.name === "code" ? { spellCheck: false, autoCapitalize: "characters" } : {})}
            {...(field.name === "password" ? { minLength: 10 } : {})}
            className={inputClass}
          />
          {field.hint ? (
            <p id={`${field.name}-hint`} className="mt-1 text-xs text-slate-600">
              {field.hint}
            </p>
          ) : null}
        </div>
      ))}
      <FormMessage message={message} />
      <button
        type="submit"
        disabled={isPending || !isHydrated}
        className="w-full rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
      >
        {isPending ? "Creating…" : "Create the owner and workspace"}
      </button>
    </form>
  );
}
