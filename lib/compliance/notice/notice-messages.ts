// The notice screen's own texts (choices, request status), in the position's language. The notice
// itself is the workspace's text (default-notice.ts). Safe for server and client.
import type { AccommodationKind } from "@/db/schema/notice-and-accommodations";

// A browser test matches these English labels: change them together.
const en = {
  choicesLegend: "Your choices",
  noAiScoring: "Ask that no AI score my answers",
  noAiScoringHint: (company: string) =>
    `The interview runs the same; people at ${company} score your answers with the same rubric instead.`,
  askAccommodation: "Ask for an accommodation",
  kinds: {
    more_time: "More time per answer",
    typed_only: "Typed answers only",
    break: "A break",
    other: "Other",
  } satisfies Record<AccommodationKind, string>,
  note: "Anything we should know",
  chooseKind: "Choose at least one accommodation, or untick the request.",
  sent: (company: string) =>
    `Your request for an accommodation was sent to ${company}. You may wait for their answer (open your link again later) or start now.`,
  granted: (company: string) => `${company} granted an accommodation: this interview applies it.`,
  typedOnly: "As granted, you type your answers: the microphone is not used.",
  changed: "The notice changed while this page was open. Reload the page to read the current text.",
  sendFailed: "Your choices could not be sent. Please try again.",
};

export type NoticeMessages = typeof en;

const ko: NoticeMessages = {
  choicesLegend: "선택 사항",
  noAiScoring: "AI가 내 답변을 채점하지 않도록 요청합니다",
  noAiScoringHint: (company: string) =>
    `면접은 똑같이 진행되며, 대신 ${company}의 담당자가 같은 평가 기준으로 답변을 채점합니다.`,
  askAccommodation: "편의 제공을 요청합니다",
  kinds: {
    more_time: "답변 시간 연장",
    typed_only: "입력 답변만 사용",
    break: "휴식 시간",
    other: "기타",
  },
  note: "알려 주실 내용",
  chooseKind: "편의 제공 항목을 하나 이상 고르시거나 요청을 해제해 주세요.",
  sent: (company: string) =>
    `편의 제공 요청이 ${company}에 전달되었습니다. 답변을 기다리셨다가(나중에 링크를 다시 열어 주세요) 시작하셔도 되고, 지금 바로 시작하셔도 됩니다.`,
  granted: (company: string) => `${company}에서 편의 제공을 승인했습니다. 이번 면접에 적용됩니다.`,
  typedOnly: "승인된 대로 답변을 직접 입력합니다. 마이크는 사용하지 않습니다.",
  changed: "이 페이지를 여는 동안 안내가 바뀌었습니다. 페이지를 새로 고쳐 현재 안내를 읽어 주세요.",
  sendFailed: "선택 사항을 보내지 못했습니다. 다시 시도해 주세요.",
};

export const noticeMessages = { en, ko };
