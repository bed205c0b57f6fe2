import { consentMessages } from "@/lib/i18n/consent-messages";
import type { CandidateMailProps } from "../candidate-mail-props";
import type { MailLocale } from "../mail-kinds";

/** The deadline in the candidate's zone when known, else in UTC; the zone is always named. */
export function formatDeadline(
  locale: MailLocale,
  deadline: Date,
  timeZone: string | null,
): string {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: timeZone ?? "UTC",
  });
  return `${format.format(deadline)} (${timeZone ?? "UTC"})`;
}

/** The longest the interview can take: every answer, follow-ups included, at its full time. */
export function maxMinutes(props: CandidateMailProps): number {
  const answers = props.questionCount * (1 + props.followUpsPerQuestion);
  return Math.ceil((answers * props.answerSeconds) / 60);
}

const durationCopy = {
  en: (props: CandidateMailProps) => {
    const perAnswer = Math.round(props.answerSeconds / 60);
    const followUps =
      props.followUpsPerQuestion > 0
        ? `, and up to ${props.followUpsPerQuestion} follow-up${props.followUpsPerQuestion > 1 ? "s" : ""} per question`
        : "";
    return `It takes at most about ${maxMinutes(props)} minutes: ${props.questionCount} questions, up to ${perAnswer} minute${perAnswer === 1 ? "" : "s"} per answer${followUps}. Once started, finish it in one sitting.`;
  },
  ko: (props: CandidateMailProps) => {
    const perAnswer = Math.round(props.answerSeconds / 60);
    const followUps =
      props.followUpsPerQuestion > 0
        ? `, 질문마다 추가 질문 최대 ${props.followUpsPerQuestion}개`
        : "";
    return `소요 시간은 최대 약 ${maxMinutes(props)}분입니다(질문 ${props.questionCount}개, 답변당 최대 ${perAnswer}분${followUps}). 시작하면 한 번에 끝까지 진행해 주세요.`;
  },
} satisfies Record<MailLocale, unknown>;

export function describeDuration(locale: MailLocale, props: CandidateMailProps): string {
  return durationCopy[locale](props);
}

/** The consent screen's facts, in its own words: what is recorded, who sees it, how long it stays. */
export function consentFacts(
  locale: MailLocale,
  props: CandidateMailProps,
): { term: string; detail: string }[] {
  const m = consentMessages[locale];
  const { consent, companyName } = props;
  const recorded = [
    consent.speechEnabled ? m.recordedSpeech : m.recordedTyped,
    // The audio is kept only where the company records and the candidate agrees on the page.
    consent.speechEnabled && !consent.isRecordingOffered ? m.audioNotStored : "",
    consent.mediaEnabled ? m.mediaRoom(companyName) : "",
    m.signals,
  ].join("");
  return [
    { term: m.recordedTerm, detail: recorded },
    ...(consent.isRecordingOffered
      ? [
          {
            term: m.recordingTerm,
            detail: m.recordingDetail(companyName, consent.retentionDays),
          },
        ]
      : []),
    { term: m.whoTerm, detail: m.whoDetail(companyName) },
    { term: m.keptTerm, detail: m.keptDetail(consent.retentionDays, companyName) },
  ];
}
