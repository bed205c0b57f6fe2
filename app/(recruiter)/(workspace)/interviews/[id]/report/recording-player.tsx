"use client";
// The recording of one answer (or its parts, when a reload cut it) with the transcript beside it:
// every segment and evidence quote inside can seek the player to the moment it was said.
import { createContext, type ReactNode, useContext, useRef } from "react";
import { findRecordingPart, type RecordingPart } from "./find-recording-part";

type Seek = (startMs: number) => void;
const SeekContext = createContext<Seek | null>(null);

/** Seeks the turn's player to a moment of the interview clock; null without a recording. */
export function useSeek(): Seek | null {
  return useContext(SeekContext);
}

export function RecordingPlayer(props: {
  parts: RecordingPart[];
  label: string;
  children: ReactNode;
}) {
  const players = useRef<(HTMLAudioElement | null)[]>([]);
  if (props.parts.length === 0) return <>{props.children}</>;

  const seek: Seek = (startMs) => {
    const index = findRecordingPart(props.parts, startMs);
    const part = props.parts[index];
    const player = players.current[index];
    if (!part || !player) return;
    for (const other of players.current) if (other !== player) other?.pause();
    player.currentTime = Math.max(0, (startMs - part.clockOffsetMs) / 1000);
    void player.play().catch(() => {
      // Autoplay refused: the player is at the moment, and its own play button works.
    });
  };

  return (
    <SeekContext.Provider value={seek}>
      <div className="mt-2 space-y-1 print:hidden">
        {props.parts.map((part, index) => (
          // biome-ignore lint/a11y/useMediaCaption: the transcript beside the player is its text
          <audio
            key={part.id}
            ref={(element) => {
              players.current[index] = element;
            }}
            controls
            preload="metadata"
            src={part.url}
            aria-label={props.parts.length > 1 ? `${props.label}, part ${index + 1}` : props.label}
            data-testid="answer-recording"
            data-clock-offset-ms={part.clockOffsetMs}
            className="h-9 w-full"
          />
        ))}
      </div>
      {props.children}
    </SeekContext.Provider>
  );
}
