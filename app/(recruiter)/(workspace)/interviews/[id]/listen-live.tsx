"use client";
// A recruiter listens to the candidate live through the interview's LiveKit room: hidden and
// subscribe-only (the server grants no publishing), so the candidate's interview is unchanged.
import { LiveKitRoom, RoomAudioRenderer, useConnectionState } from "@livekit/components-react";
import { useState } from "react";
import { Panel } from "@/app/_components/panel";
import { secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";

type MediaGrant = { token: string; url: string; room: string };

export function ListenLive({ interviewId }: { interviewId: string }) {
  const [grant, setGrant] = useState<MediaGrant | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function join() {
    setPending(true);
    setError(null);
    const result = await sendJson<MediaGrant>(`/api/interviews/${interviewId}/media-token`);
    setPending(false);
    if (result.ok) setGrant(result.data);
    else setError(result.message);
  }

  return (
    <Panel heading="Listen live" headingStyle="normal">
      {grant ? (
        <LiveKitRoom serverUrl={grant.url} token={grant.token} connect audio={false} video={false}>
          <RoomAudioRenderer />
          <ConnectionLine room={grant.room} onLeave={() => setGrant(null)} />
        </LiveKitRoom>
      ) : (
        <>
          <p className="mt-1 mb-3 text-sm text-slate-700">
            Hear the candidate's microphone while the interview runs. You are not heard or seen.
          </p>
          <button type="button" onClick={join} disabled={pending} className={secondaryButtonClass}>
            {pending ? "Joining…" : "Listen in"}
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </Panel>
  );
}

function ConnectionLine({ room, onLeave }: { room: string; onLeave: () => void }) {
  const state = useConnectionState();
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
      <span data-testid="listen-state">
        Room {room}: {state}
      </span>
      <button type="button" onClick={onLeave} className={secondaryButtonClass}>
        Leave
      </button>
    </div>
  );
}
