"use client";
import type { RecordingMode } from "@/db/schema/companies";
import { type SettingChoice, SettingChoiceForm } from "../setting-choice-form";

const modes: SettingChoice<RecordingMode>[] = [
  {
    value: "off",
    label: "Off (default)",
    description: "Nothing is recorded; the transcript stays.",
  },
  {
    value: "audio",
    label: "Audio",
    description: "Each answer's voice, played on the report beside its transcript.",
  },
  {
    value: "video",
    label: "Video where filmed",
    description: "Camera and voice for positions that film (LiveKit); audio elsewhere.",
  },
];

/** The company's choice of recording answers; each candidate still agrees or declines first. */
export function RecordingModeForm(props: { companyId: string; current: RecordingMode }) {
  return (
    <SettingChoiceForm
      url={`/api/companies/${props.companyId}`}
      method="PATCH"
      field="recordingMode"
      legend="Recording answers"
      options={modes}
      current={props.current}
    />
  );
}
