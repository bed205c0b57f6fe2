// The answers bench/follow-up.ts times the offline follow-up decision on: the same incident told
// thin, without an outcome, as the team's only, complete, at five minutes' length, and completed
// across two follow-ups, in English and Korean.

export type Language = "en" | "ko";
export type Shape =
  | "thin"
  | "no outcome"
  | "team only"
  | "complete"
  | "long (~700 words)"
  | "with follow-ups";

export const pools: Record<
  Language,
  Record<"context" | "own" | "team" | "specific" | "outcome", string[]>
> = {
  en: {
    context: [
      "Last spring our checkout service started timing out during a big sale.",
      "A customer escalated because their nightly export kept failing without any error.",
      "The mobile release was blocked because the login flow broke on older phones.",
    ],
    own: [
      "I traced the slow requests through the logs and found the query that blocked every order.",
      "I paired with the support lead, reproduced the failure and wrote a fix with a regression test.",
      "I proposed a rollback plan, got it approved and ran it myself that evening.",
    ],
    team: [
      "The team looked at the dashboards together and agreed on a plan.",
      "They added a retry and the on-call engineer watched it overnight.",
    ],
    specific: [
      "We used Datadog traces and a Postgres index on the orders table.",
      "The export ran on Airflow and wrote Parquet files to S3.",
    ],
    outcome: [
      "As a result p99 latency dropped from 4 seconds to 300 ms.",
      "Failed exports went from 40 a week to zero, and the customer renewed.",
    ],
  },
  ko: {
    context: [
      "작년 세일 기간에 결제 서비스가 계속 타임아웃이 났습니다.",
      "고객사 한 곳의 야간 내보내기 작업이 오류 없이 계속 실패하고 있었습니다.",
      "오래된 휴대폰에서 로그인 화면이 깨져서 모바일 배포가 막혀 있었습니다.",
    ],
    own: [
      "제가 로그를 분석해서 모든 주문을 막던 쿼리를 찾았습니다.",
      "제가 지원팀 리드와 함께 장애를 재현하고 회귀 테스트와 함께 수정했습니다.",
    ],
    team: [
      "저희 팀이 대시보드를 같이 보고 계획을 정했습니다.",
      "팀이 재시도 로직을 넣고 밤새 지켜봤습니다.",
    ],
    specific: [
      "Datadog 트레이스와 Postgres 주문 테이블 인덱스를 사용했습니다.",
      "내보내기는 Airflow에서 돌았고 S3에 Parquet 파일로 저장했습니다.",
    ],
    outcome: [
      "그 결과 p99 지연 시간이 4초에서 300ms로 줄었습니다.",
      "실패한 내보내기가 주 40건에서 0건으로 줄었고 고객사가 재계약했습니다.",
    ],
  },
};

const questions: Record<Language, string> = {
  en: "Tell me about a time you fixed a production incident.",
  ko: "운영 장애를 해결했던 경험을 말씀해 주세요.",
};

export function buildInput(language: Language, shape: Shape, variant: number) {
  const pool = pools[language];
  const pick = (list: string[], offset = 0) => list[(variant + offset) % list.length] ?? "";
  const bodies: Record<Shape, string[]> = {
    thin: [language === "en" ? "We fixed it quickly." : "잘 해결했습니다."],
    "no outcome": [pick(pool.context), pick(pool.own), pick(pool.specific)],
    "team only": [pick(pool.context), pick(pool.team), pick(pool.outcome)],
    complete: [pick(pool.context), pick(pool.own), pick(pool.specific), pick(pool.outcome)],
    "long (~700 words)": Array.from({ length: 60 }, (_, i) =>
      pick([...pool.context, ...pool.own, ...pool.team, ...pool.specific], i),
    ),
    "with follow-ups": [pick(pool.context), pick(pool.team)],
  };
  const segment = (text: string, i: number) => ({ segmentId: `s${i}`, text });
  return {
    language,
    question: questions[language],
    competency: "problem-solving",
    rubric: { competency: "problem-solving", criteria: [] },
    answer: bodies[shape].map(segment),
    followUps:
      shape === "with follow-ups"
        ? [
            { question: "What did you do yourself?", answer: [segment(pick(pool.own), 0)] },
            {
              question: "Could you make that concrete?",
              answer: [segment(pick(pool.specific), 0)],
            },
          ]
        : [],
  };
}

export const shapes: Shape[] = [
  "thin",
  "no outcome",
  "team only",
  "complete",
  "long (~700 words)",
  "with follow-ups",
];
