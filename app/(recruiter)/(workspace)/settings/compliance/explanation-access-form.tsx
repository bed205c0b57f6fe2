"use client";
import type { ExplanationAccess } from "@/db/schema/companies";
import { type SettingChoice, SettingChoiceForm } from "../setting-choice-form";

const levels: SettingChoice<ExplanationAccess>[] = [
  {
    value: "after_decision",
    label: "After the decision (default)",
    description: "The candidate can open the explanation once a recruiter has decided.",
  },
  {
    value: "after_completion",
    label: "After the interview",
    description: "The candidate can open it once their interview is complete, before any decision.",
  },
];

/** When candidates may open the explanation of their result; applied by the server. */
export function ExplanationAccessForm(props: { companyId: string; current: ExplanationAccess }) {
  return (
    <SettingChoiceForm
      url={`/api/companies/${props.companyId}`}
      method="PATCH"
      field="explanationAccess"
      legend="When candidates may open their explanation"
      options={levels}
      current={props.current}
    />
  );
}
