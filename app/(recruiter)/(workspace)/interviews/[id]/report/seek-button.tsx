"use client";
import type { ReactNode } from "react";
import { useSeek } from "./recording-player";

function formatMoment(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Text that plays the recording from where it was said; plain text when nothing was recorded. */
export function SeekButton(props: { startMs: number; children: ReactNode; className?: string }) {
  const seek = useSeek();
  if (!seek) return <span className={props.className}>{props.children}</span>;
  return (
    <button
      type="button"
      onClick={() => seek(props.startMs)}
      title={`Play from ${formatMoment(props.startMs)}`}
      data-start-ms={props.startMs}
      className={`rounded text-left hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600 ${props.className ?? ""}`}
    >
      <span className="sr-only">Play from {formatMoment(props.startMs)}: </span>
      {props.children}
    </button>
  );
}
