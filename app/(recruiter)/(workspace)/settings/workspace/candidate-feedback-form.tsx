"use client";
import type { CandidateFeedbackLevel } from "@/db/schema/companies";
import { type SettingChoice, SettingChoiceForm } from "../setting-choice-form";

const levels: SettingChoice<CandidateFeedbackLevel>[] = [
  { value: "none", label: "Thank-you only", description: "No feedback after the interview." },
  {
    value: "feedback",
    label: "Feedback (default)",
    description: "Strengths and improvements per answer; no scores, no recommendation.",
  },
  {
    value: "full",
    label: "Everything",
    description: "Scores, evidence and the recommendation: for practice interviews.",
  },
];

/** The company's choice of what candidates see after their interview; applied by the server. */
export function CandidateFeedbackForm(props: {
  companyId: string;
  current: CandidateFeedbackLevel;
}) {
  return (
    <SettingChoiceForm
      url={`/api/companies/${props.companyId}`}
      method="PATCH"
      field="candidateFeedback"
      legend="What candidates see after the interview"
      options={levels}
      current={props.current}
    />
  );
}
