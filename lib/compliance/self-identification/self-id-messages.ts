// The voluntary self-identification form after the interview, in the position's language. Safe
// for server and client (types only from the schema). Options are listed in key order: "decline"
// first, as the EEO-1 form offers it.
import type { SelfIdRaceEthnicity, SelfIdSex } from "@/db/schema/compliance";

// A browser test matches these English texts: change them together.
const en = {
  heading: "Optional: help us check that our hiring is fair",
  intro: (company: string) =>
    `Answering is voluntary and changes nothing about your application. Your answers are kept apart from your interview: the people who review it and the AI never see them. ${company} uses them only in totals, to check that candidates of every group are treated alike.`,
  sexLegend: "Sex",
  sexes: {
    decline: "Decline to answer",
    female: "Female",
    male: "Male",
  } satisfies Record<SelfIdSex, string>,
  raceEthnicityLegend: "Race/ethnicity",
  raceEthnicities: {
    decline: "Decline to answer",
    hispanic_or_latino: "Hispanic or Latino",
    white: "White",
    black_or_african_american: "Black or African American",
    native_hawaiian_or_pacific_islander: "Native Hawaiian or Other Pacific Islander",
    asian: "Asian",
    american_indian_or_alaska_native: "American Indian or Alaska Native",
    two_or_more_races: "Two or more races",
  } satisfies Record<SelfIdRaceEthnicity, string>,
  send: "Send",
  skip: "Skip",
  sending: "Sending…",
  sent: "Thank you. Your answers were saved apart from your interview.",
  skipped: "Skipped. Nothing was saved.",
  sendFailed: "Your answers could not be sent. Please try again, or skip.",
};

export type SelfIdMessages = typeof en;

const ko: SelfIdMessages = {
  heading: "선택 사항: 공정한 채용인지 확인하는 데 도움을 주세요",
  intro: (company: string) =>
    `응답은 자율이며 지원 결과에 아무런 영향을 주지 않습니다. 응답은 면접과 따로 보관되며, 면접을 검토하는 사람과 AI는 보지 않습니다. ${company}는 모든 집단의 지원자가 똑같이 대우받는지 확인하기 위해 합계로만 사용합니다.`,
  sexLegend: "성별",
  sexes: {
    decline: "응답하지 않음",
    female: "여성",
    male: "남성",
  },
  raceEthnicityLegend: "인종/민족",
  raceEthnicities: {
    decline: "응답하지 않음",
    hispanic_or_latino: "히스패닉 또는 라틴계",
    white: "백인",
    black_or_african_american: "흑인 또는 아프리카계 미국인",
    native_hawaiian_or_pacific_islander: "하와이 원주민 또는 기타 태평양 섬 주민",
    asian: "아시아인",
    american_indian_or_alaska_native: "아메리카 원주민 또는 알래스카 원주민",
    two_or_more_races: "두 개 이상의 인종",
  },
  send: "보내기",
  skip: "건너뛰기",
  sending: "보내는 중…",
  sent: "감사합니다. 응답은 면접과 따로 저장되었습니다.",
  skipped: "건너뛰었습니다. 아무것도 저장되지 않았습니다.",
  sendFailed: "응답을 보내지 못했습니다. 다시 시도하거나 건너뛰어 주세요.",
};

export const selfIdMessages = { en, ko };
