"use client";
// The voluntary self-identification after the interview: optional, apart from the interview, and
// sent only when the candidate presses Send. Skip sends nothing.
import { useId, useState } from "react";
import type { SelfIdMessages } from "@/lib/compliance/self-identification/self-id-messages";
import { primaryButton, secondaryButton } from "./button-styles";

type Outcome = "open" | "sending" | "sent" | "skipped" | "failed";

function RadioGroup<Key extends string>(props: {
  legend: string;
  name: string;
  options: Record<Key, string>;
  value: Key | null;
  onChange: (value: Key) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="font-medium">{props.legend}</legend>
      {(Object.keys(props.options) as Key[]).map((key) => (
        <label key={key} className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={props.name}
            value={key}
            checked={props.value === key}
            onChange={() => props.onChange(key)}
          />
          {props.options[key]}
        </label>
      ))}
    </fieldset>
  );
}

export function SelfIdentificationForm(props: {
  inviteToken: string;
  interviewId: string;
  companyName: string;
  messages: SelfIdMessages;
}) {
  const { messages } = props;
  const headingId = useId();
  const [sex, setSex] = useState<keyof SelfIdMessages["sexes"] | null>(null);
  const [race, setRace] = useState<keyof SelfIdMessages["raceEthnicities"] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>("open");

  async function send() {
    setOutcome("sending");
    const response = await fetch(`/api/interviews/${props.interviewId}/self-identification`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${props.inviteToken}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ sex, raceEthnicity: race }),
      cache: "no-store",
    }).catch(() => null);
    setOutcome(response?.ok ? "sent" : "failed");
  }

  if (outcome === "sent" || outcome === "skipped") {
    return (
      <p role="status" className="text-sm text-slate-700">
        {outcome === "sent" ? messages.sent : messages.skipped}
      </p>
    );
  }
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {messages.heading}
      </h2>
      <p className="text-sm text-slate-700">{messages.intro(props.companyName)}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <RadioGroup
          legend={messages.sexLegend}
          name="self-id-sex"
          options={messages.sexes}
          value={sex}
          onChange={setSex}
        />
        <RadioGroup
          legend={messages.raceEthnicityLegend}
          name="self-id-race-ethnicity"
          options={messages.raceEthnicities}
          value={race}
          onChange={setRace}
        />
      </div>
      {outcome === "failed" ? (
        <p role="alert" className="text-sm text-red-800">
          {messages.sendFailed}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primaryButton}
          onClick={send}
          disabled={outcome === "sending"}
        >
          {outcome === "sending" ? messages.sending : messages.send}
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setOutcome("skipped")}
          disabled={outcome === "sending"}
        >
          {messages.skip}
        </button>
      </div>
    </section>
  );
}
