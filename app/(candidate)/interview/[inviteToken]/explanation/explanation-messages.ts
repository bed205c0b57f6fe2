// The explanation page's texts, in the position's language. Safe for server and client.
import type { ContestKind } from "@/db/schema/compliance";
import { getBaseLanguage } from "@/lib/i18n/languages";

const en = {
  lang: "en",
  title: "How your result came about",
  link: "See how your result came about, or contest it",
  notYet: "Not available yet",
  invalid: "This link is not valid",
  invalidDetail: "Please check the link in your email.",
  aiScored:
    "An AI scored your answers against the rubric below; people at the company review its scores and make the decision. Only your words were scored, never your voice, face or emotions.",
  humanScored:
    "You asked that no AI score you: people at the company scored your answers against the rubric below. No AI scored this interview.",
  rubricVersions: (ids: string) => `Rubric versions: ${ids}`,
  competencyScore: (score: number) => `Score ${score}/100`,
  changedByPerson: (ai: number | null, human: number) =>
    `Changed by a person: ${ai ?? "—"} → ${human}`,
  anchors: "What the points mean",
  pointsEarned: (points: number | null, question: number | null) =>
    `${question === null ? "" : `Question ${question}: `}${points === null ? "measured, not placed on the scale" : `${points} of 5`}`,
  otherQuotes: "Other quotes cited",
  humanChangesHeading: "Numbers a person changed",
  noHumanChanges: "No person changed any number.",
  humanChange: (subject: string, ai: number | null, human: number) =>
    `${subject}: ${ai ?? "—"} by the AI, ${human} by a person`,
  outcomeHeading: "The decision",
  noOutcome: "No decision has been made yet.",
  outcome: {
    advanced: "You were advanced to the next step.",
    on_hold: "Your application is on hold.",
    not_advanced: "You were not advanced.",
  },
  principalReasons: "The principal reasons (your lowest-scored competencies):",
  contestHeading: "Contest or correct",
  contestIntro:
    "If something is wrong or missing, tell the company. A person reads every request and answers by email.",
  kindLegend: "What is it about?",
  kinds: {
    wrong_transcript: "The transcript is wrong",
    missing_context: "Missing context",
    human_review: "I ask for a human review",
  } satisfies Record<ContestKind, string>,
  questionLabel: "Which answer (optional)",
  anyQuestion: "The whole interview",
  messageLabel: "Your message",
  messageHint: (max: number) => `Up to ${max.toLocaleString("en")} characters.`,
  send: "Send",
  sending: "Sending…",
  sent: "Sent. You will get the answer by email.",
  yourRequests: "Your requests",
  open: (due: string) => `Waiting for an answer (due ${due})`,
  answered: "Answered",
};

export type ExplanationMessages = typeof en;

const ko: ExplanationMessages = {
  lang: "ko",
  title: "결과가 나온 과정",
  link: "결과가 나온 과정을 보거나 이의를 제기하기",
  notYet: "아직 볼 수 없습니다",
  invalid: "유효하지 않은 링크입니다",
  invalidDetail: "이메일의 링크를 확인해 주세요.",
  aiScored:
    "AI가 아래 평가 기준에 따라 답변을 채점했고, 회사 담당자가 점수를 검토해 결정합니다. 채점에는 답변 내용만 쓰였으며 목소리, 얼굴, 감정은 쓰이지 않았습니다.",
  humanScored:
    "AI 채점을 원하지 않으셔서 회사 담당자가 아래 평가 기준에 따라 직접 채점했습니다. 이 면접은 AI가 채점하지 않았습니다.",
  rubricVersions: (ids: string) => `평가 기준 버전: ${ids}`,
  competencyScore: (score: number) => `점수 ${score}/100`,
  changedByPerson: (ai: number | null, human: number) => `사람이 변경함: ${ai ?? "—"} → ${human}`,
  anchors: "점수의 의미",
  pointsEarned: (points: number | null, question: number | null) =>
    `${question === null ? "" : `질문 ${question}: `}${points === null ? "척도 없이 측정됨" : `5점 중 ${points}점`}`,
  otherQuotes: "그 밖에 인용된 답변",
  humanChangesHeading: "사람이 변경한 점수",
  noHumanChanges: "사람이 변경한 점수는 없습니다.",
  humanChange: (subject: string, ai: number | null, human: number) =>
    `${subject}: AI ${ai ?? "—"}점, 사람 ${human}점`,
  outcomeHeading: "결정",
  noOutcome: "아직 결정되지 않았습니다.",
  outcome: {
    advanced: "다음 단계로 진행하게 되었습니다.",
    on_hold: "지원이 보류 중입니다.",
    not_advanced: "다음 단계로 진행하지 못하게 되었습니다.",
  },
  principalReasons: "주요 이유(가장 낮은 점수를 받은 역량):",
  contestHeading: "이의 제기 또는 정정",
  contestIntro:
    "잘못되었거나 빠진 내용이 있으면 회사에 알려 주세요. 담당자가 모든 요청을 읽고 이메일로 답변합니다.",
  kindLegend: "무엇에 관한 요청인가요?",
  kinds: {
    wrong_transcript: "답변 기록이 잘못되었습니다",
    missing_context: "맥락이 빠졌습니다",
    human_review: "사람의 검토를 요청합니다",
  },
  questionLabel: "어떤 답변인가요 (선택)",
  anyQuestion: "면접 전체",
  messageLabel: "메시지",
  messageHint: (max: number) => `최대 ${max.toLocaleString("ko")}자.`,
  send: "보내기",
  sending: "보내는 중…",
  sent: "보냈습니다. 답변은 이메일로 받게 됩니다.",
  yourRequests: "보낸 요청",
  open: (due: string) => `답변 대기 중 (기한 ${due})`,
  answered: "답변 완료",
};

export function getExplanationMessages(language: string): ExplanationMessages {
  return getBaseLanguage(language) === "ko" ? ko : en;
}
