"use client";
import { useCallback, useEffect, useState } from "react";
import { authClient } from "../../../_components/auth-client";
import { callAuth } from "../../../_components/call-auth";
import { FormMessage, type FormMessageState } from "../../../_components/form-message";
import { secondaryButtonClass } from "../../../_components/page-header";
import { settingsDateTimeFormat } from "../settings-date-format";
import { describeUserAgent } from "./describe-user-agent";

type SessionRow = {
  token: string;
  userAgent?: string | null;
  ipAddress?: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The user's signed-in sessions (better-auth's list), this one marked; revoke one or all others. */
export function SessionsPanel() {
  const [sessions, setSessions] = useState<SessionRow[] | null>(null);
  const [currentToken, setCurrentToken] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState<FormMessageState>(null);

  const load = useCallback(async () => {
    const [listed, current] = await Promise.all([
      callAuth(() => authClient.listSessions()),
      callAuth(() => authClient.getSession()),
    ]);
    if (!listed.ok) {
      setMessage({ isError: true, text: listed.message });
      setSessions([]);
      return;
    }
    setCurrentToken(current.ok ? (current.data?.session.token ?? null) : null);
    setSessions(listed.data ?? []);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function revoke(action: Parameters<typeof callAuth>[0], done: string) {
    setIsPending(true);
    setMessage(null);
    const result = await callAuth(action);
    setIsPending(false);
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return;
    }
    // The list first, so the announcement describes what the page already shows.
    await load();
    setMessage({ isError: false, text: done });
  }

  if (!sessions) return <p className="mt-2 text-sm text-slate-700">Loading sessions…</p>;
  const others = sessions.filter((session) => session.token !== currentToken);
  return (
    <>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          const isCurrent = session.token === currentToken;
          return (
            <li
              key={session.token}
              className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
            >
              <div className="min-w-0 flex-1 basis-56">
                <p className="font-medium">
                  {device}
                  {isCurrent ? (
                    <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">
                      This session
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  Signed in {settingsDateTimeFormat.format(new Date(session.createdAt))} UTC
                  {session.ipAddress ? ` · IP ${session.ipAddress}` : null}
                </p>
              </div>
              {isCurrent ? null : (
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={isPending}
                  aria-label={`Revoke the session on ${device}, signed in ${settingsDateTimeFormat.format(new Date(session.createdAt))}`}
                  onClick={() =>
                    void revoke(
                      () => authClient.revokeSession({ token: session.token }),
                      "Session revoked.",
                    )
                  }
                >
                  Revoke
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={isPending || others.length === 0}
          onClick={() =>
            void revoke(() => authClient.revokeOtherSessions(), "Signed out of other sessions.")
          }
        >
          Sign out other sessions
        </button>
        <FormMessage message={message} />
      </div>
    </>
  );
}
