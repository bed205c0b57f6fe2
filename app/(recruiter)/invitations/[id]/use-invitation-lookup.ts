"use client";
import { useCallback, useEffect, useState } from "react";
import { sendJson } from "../../_components/send-json";
import { type InvitationLookup, invitationLookupSchema } from "./invitation-schema";

export type InvitationLookupState =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "loaded"; lookup: InvitationLookup };

/** The invitation as GET /api/invitations/{id} describes it, parsed; `reload` asks again. */
export function useInvitationLookup(invitationId: string) {
  const [state, setState] = useState<InvitationLookupState>({ kind: "loading" });
  const load = useCallback(async () => {
    const result = await sendJson<unknown>(`/api/invitations/${encodeURIComponent(invitationId)}`, {
      method: "GET",
    });
    if (!result.ok) {
      setState({ kind: "failed", message: result.message });
      return;
    }
    const parsed = invitationLookupSchema.safeParse(result.data);
    setState(
      parsed.success
        ? { kind: "loaded", lookup: parsed.data }
        : { kind: "failed", message: "The server's answer about this invitation was unreadable." },
    );
  }, [invitationId]);
  useEffect(() => {
    void load();
  }, [load]);
  return { state, reload: load };
}
