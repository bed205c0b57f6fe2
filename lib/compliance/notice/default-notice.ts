// The built-in AI notice, per supported language: what the AI does in the interview, before
// consent. A workspace may replace the body per language (ai_notice_versions); the placeholders
// are filled for each interview (render-notice.ts). Pure and safe for server and client.
import type { SupportedLanguage } from "@/lib/i18n/languages";

/** The heading above the notice; fixed, so the candidate page and browser tests can find it. */
export const noticeTitles: Record<SupportedLanguage, string> = {
  en: "How AI is used in this interview",
  ko: "이 면접에서 AI를 사용하는 방식",
};

/** Placeholders a body may use; anything else in double braces stays as written. */
export const noticePlaceholders = ["company", "competencies", "retentionDays"] as const;
export type NoticePlaceholder = (typeof noticePlaceholders)[number];

const en = `An AI interviewer asks you the questions of this interview, one at a time, and may ask a follow-up question about an answer. After the interview, an AI model scores each answer against a written rubric for this position.

This interview assesses: {{competencies}}.

Only the words of your answers (their transcript) are scored. Your voice, face, appearance and emotions are never analysed or scored.

People at {{company}} read every report and make every decision. The AI decides nothing on its own: a recruiter can change any score, and the report shows the quotes from your answers that each score rests on.

Your answers and the report are kept for {{retentionDays}} days after the interview, then deleted. You can ask {{company}} to delete them sooner.

For questions about this notice or your data, contact {{company}}, who invited you.

You may ask that no AI score your answers (people at {{company}} then score them), or ask for an accommodation such as more time, typed answers or a break. Asking has no effect on how you are assessed.`;

const ko = `이 면접에서는 AI 면접관이 질문을 하나씩 드리며, 답변에 대해 추가 질문을 할 수 있습니다. 면접이 끝나면 AI 모델이 이 직무를 위해 작성된 평가 기준에 따라 각 답변을 채점합니다.

이 면접에서 평가하는 역량: {{competencies}}.

답변의 내용(텍스트로 변환된 말)만 채점합니다. 목소리, 얼굴, 외모, 감정은 분석하거나 채점하지 않습니다.

{{company}}의 담당자가 모든 리포트를 읽고 모든 결정을 내립니다. AI는 혼자 아무것도 결정하지 않습니다. 담당자는 어떤 점수든 바꿀 수 있으며, 리포트에는 각 점수의 근거가 된 답변 인용이 표시됩니다.

답변과 리포트는 면접 후 {{retentionDays}}일 동안 보관된 뒤 삭제됩니다. {{company}}에 더 일찍 삭제해 달라고 요청하실 수 있습니다.

이 안내나 개인 정보에 관한 문의는 면접에 초대한 {{company}}에 연락해 주세요.

AI가 답변을 채점하지 않도록 요청하시거나(이 경우 {{company}}의 담당자가 채점합니다), 시간 연장, 입력 답변, 휴식 같은 편의 제공을 요청하실 수 있습니다. 요청해도 평가에 불이익은 없습니다.`;

/** The built-in body per language, with placeholders. */
export const defaultNoticeBodies: Record<SupportedLanguage, string> = { en, ko };
