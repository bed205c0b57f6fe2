import type { CandidateMessages } from "../_lib/candidate-messages";
import type { RecordingState } from "../_lib/question-step-view";

/** What the microphone is doing; `data-state` is read by the browser tests. */
export function RecordingIndicator(props: {
  state: RecordingState;
  messages: CandidateMessages["question"];
}) {
  const isLive = props.state === "recording";
  return (
    <span
      className="flex items-center gap-2"
      data-testid="recording-indicator"
      data-state={props.state}
    >
      <span
        aria-hidden
        className={`size-2.5 rounded-full ${isLive ? "animate-pulse bg-red-600" : "bg-slate-400"}`}
      />
      <span className={isLive ? "font-semibold text-red-700" : "text-slate-600"}>
        {props.messages.recording[props.state]}
      </span>
    </span>
  );
}
