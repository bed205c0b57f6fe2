"use client";
import type { CandidateFeedbackLevel } from "@/db/schema/companies";
import { type CompanyChoice, CompanyChoiceForm } from "./company-choice-form";

const levels: CompanyChoice<CandidateFeedbackLevel>[] = [
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
    <CompanyChoiceForm
      companyId={props.companyId}
      field="candidateFeedback"
      legend="What candidates see after the interview"
      options={levels}
      current={props.current}
    />
  );
}
