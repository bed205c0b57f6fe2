"use client";
// The candidate's microphone (and camera, if the company enabled it) published to the
// interview's LiveKit room, where a recruiter of the company may listen in. Rendered (and its
// chunk downloaded) only when LiveKit is configured.
import { LiveKitRoom, useConnectionState } from "@livekit/components-react";
import { useEffect, useState } from "react";
import type { CandidateApi } from "../_lib/candidate-api";
import type { CandidateMessages } from "../_lib/candidate-messages";

type RoomMessages = CandidateMessages["mediaRoom"];

export function MediaRoom(props: { api: CandidateApi; messages: RoomMessages }) {
  const { api, messages } = props;
  const [grant, setGrant] = useState<{ token: string; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api
      .getMediaToken()
      .then((media) => !cancelled && setGrant(media))
      .catch((failure: unknown) => {
        if (!cancelled) setError(failure instanceof Error ? failure.message : String(failure));
      });
    return () => {
      cancelled = true;
    };
  }, [api]);

  if (error) return <p className="text-xs text-amber-800">{messages.unavailable(error)}</p>;
  if (!grant) return null;
  return (
    <LiveKitRoom serverUrl={grant.url} token={grant.token} connect audio video={false}>
      <RoomState messages={messages} />
    </LiveKitRoom>
  );
}

function RoomState({ messages }: { messages: RoomMessages }) {
  // ConnectionState's values are the English words shown ("connected", "reconnecting", …).
  const state = useConnectionState();
  return (
    <p className="text-xs text-slate-600" data-testid="media-room-state">
      {messages.state(state)}
    </p>
  );
}
