"use client";
import { useEffect, useState } from "react";
import { Panel } from "@/app/_components/panel";
import type { CandidateNoticeState } from "@/lib/compliance/notice/notice-state";
import type { CandidateMessages } from "../_lib/candidate-messages";
import { initialNoticeChoices, isChoiceComplete, type NoticeChoices } from "../_lib/notice-choices";
import { primaryButton } from "./button-styles";
import { CandidateCheckbox } from "./candidate-checkbox";
import { NoticeSection } from "./notice-section";

export function ConsentStep(props: {
  messages: CandidateMessages["consent"];
  noticeMessages: CandidateMessages["notice"];
  /** The AI notice and the choices it offers, read before agreeing; null once started. */
  notice: CandidateNoticeState | null;
  /** The choices are being sent, or why they were refused. */
  isSending: boolean;
  error: string | null;
  companyName: string;
  speechEnabled: boolean;
  mediaEnabled: boolean;
  retentionDays: number;
  /** The company records answers (audio on this page): the candidate may agree to it or not. */
  isRecordingOffered: boolean;
  onAccept: (options: { isRecordingAccepted: boolean; choices: NoticeChoices }) => void;
}) {
  const [agreed, setAgreed] = useState(false);
  const [choices, setChoices] = useState(() => initialNoticeChoices(props.notice));
  const [isRecordingAccepted, setIsRecordingAccepted] = useState(false);
  // A tick before React has hydrated would be lost; the box waits until it counts.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const m = props.messages;
  return (
    <Panel heading={m.heading} tone="plain" className="space-y-4">
      {props.notice && (
        <NoticeSection
          notice={props.notice}
          messages={props.noticeMessages}
          companyName={props.companyName}
          choices={choices}
          disabled={!hydrated || props.isSending}
          onChange={setChoices}
        />
      )}
      <dl className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div>
          <dt className="font-semibold">{m.recordedTerm}</dt>
          <dd className="mt-1 text-slate-700">
            {props.speechEnabled ? m.recordedSpeech : m.recordedTyped}
            {props.speechEnabled && !isRecordingAccepted ? m.audioNotStored : ""}
            {props.mediaEnabled ? m.mediaRoom(props.companyName) : ""}
            {m.signals}
          </dd>
        </div>
        {props.isRecordingOffered && (
          <div>
            <dt className="font-semibold">{m.recordingTerm}</dt>
            <dd className="mt-1 text-slate-700">
              {m.recordingDetail(props.companyName, props.retentionDays)}
            </dd>
            <dd className="mt-2">
              <CandidateCheckbox
                labelClassName="text-sm"
                label={m.recordingAgree}
                checked={isRecordingAccepted}
                disabled={!hydrated}
                onChange={setIsRecordingAccepted}
              />
            </dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{m.whoTerm}</dt>
          <dd className="mt-1 text-slate-700">{m.whoDetail(props.companyName)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{m.keptTerm}</dt>
          <dd className="mt-1 text-slate-700">
            {m.keptDetail(props.retentionDays, props.companyName)}
          </dd>
        </div>
      </dl>
      <CandidateCheckbox
        labelClassName="text-sm"
        label={m.agree}
        checked={agreed}
        disabled={!hydrated}
        onChange={setAgreed}
      />
      {props.error && (
        <p role="alert" className="text-sm text-red-800">
          {props.error}
        </p>
      )}
      <button
        type="button"
        disabled={!agreed || !isChoiceComplete(choices) || props.isSending}
        onClick={() => props.onAccept({ isRecordingAccepted, choices })}
        className={primaryButton}
      >
        {m.continue}
      </button>
    </Panel>
  );
}
