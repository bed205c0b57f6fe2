import type { CandidateMessages } from "../_lib/candidate-messages";

/** Shown while the server's AI voice reads the questions: candidates are told it is not a person. */
export function AiVoiceNotice(props: {
  messages: Pick<CandidateMessages["question"], "aiVoiceNotice">;
}) {
  return (
    <p className="text-xs text-slate-500" data-testid="ai-voice-notice">
      {props.messages.aiVoiceNotice}
    </p>
  );
}
