import type { LadderQuestion } from "./types";

export const koAbTest: LadderQuestion = {
  language: "ko",
  competency: "data-analysis",
  question:
    "A/B 테스트를 설계하고 결과를 해석하셨던 경험을 말씀해 주세요. 결과가 예상과 다르게 나왔을 때는 어떻게 판단하셨나요?",
  levels: [
    "A/B 테스트는 해 본 적이 없어서 잘 모르겠습니다.",
    "A/B 테스트는 가설을 명확히 세우고 표본 크기를 충분히 확보하는 것이 중요합니다. 결과가 예상과 다르게 나오면 데이터를 다시 확인하고, 왜 그런 결과가 나왔는지 분석해 봐야 합니다. 예상과 다른 결과에서도 배울 점이 많다고 생각합니다.",
    "온라인 서점에서 일할 때 장바구니 페이지에 함께 구매하면 좋은 책을 추천하는 영역을 새로 넣는 실험을 했습니다. 기획 단계에서는 객단가가 오를 거라는 기대가 컸고, 추천 알고리즘을 만든 데이터팀도 자신 있어 했습니다. 실험은 2주 동안 전체 트래픽의 절반을 대상으로 진행됐고, 결과는 예상과 달리 객단가가 거의 변하지 않았고 오히려 결제 완료율이 조금 낮아진 것으로 나왔습니다.",
    "온라인 서점 장바구니에 추천 도서 영역을 넣는 A/B 테스트를 설계하면서, 저는 객단가를 주 지표로, 결제 완료율을 가드레일로 정하고 필요한 표본 크기를 미리 계산해 2주 기간을 잡았습니다. 결과가 예상과 다르게 결제 완료율이 떨어진 쪽으로 나오자, 먼저 그룹 배정 비율과 이벤트 로그가 정상인지 확인했습니다. 그다음 기기별로 나눠 보니 모바일에서만 떨어져 있었고, 모바일 화면에서 추천 영역이 결제 버튼을 아래로 밀어낸다는 것을 찾았습니다. 그래서 추천 영역을 결제 버튼 아래로 옮긴 안으로 다시 실험하기로 했습니다.",
    "장바구니 추천 도서 A/B 테스트에서 객단가는 그대로인데 결제 완료율이 오히려 1.5%p 떨어졌습니다. 그룹 배정과 로그가 정상인 것을 확인한 뒤 기기별로 나눠 보니 모바일에서만 3%p 하락했고, 추천 영역이 모바일 화면에서 결제 버튼을 아래로 밀어낸 것이 원인이었습니다. 추천 영역을 결제 버튼 아래로 옮겨 2주간 재실험했더니 결제 완료율은 차이가 없었고 객단가는 4% 올랐습니다. 이 결과로 전체 적용을 결정했고, 월 매출이 약 2천만 원 늘었습니다.",
    "장바구니 추천 실험에서 결제 완료율이 1.5%p 떨어졌습니다. 실험을 접자는 의견도 있었지만 평균만 보고 버리기엔 근거가 약해서, 배정과 로그를 확인한 뒤 기기별로 나눴고 모바일에서 추천 영역이 결제 버튼을 밀어낸 것을 찾았습니다. 위치를 옮겨 재실험하니 완료율은 그대로, 객단가는 4% 올랐습니다. 다만 사후에 세그먼트를 쪼개면 우연한 차이를 찾을 위험이 있어서, 이후로는 기기별 분석을 사전에 계획서에 적어 둡니다.",
  ],
  generic:
    "저는 A/B 테스트를 설계할 때 명확한 가설 수립, 적절한 표본 크기 계산, 통계적 유의성 검증을 항상 철저히 지킵니다. 결과가 예상과 다르게 나오더라도 데이터를 있는 그대로 받아들이고, 다양한 관점에서 깊이 있게 분석해 인사이트를 도출합니다. 이런 실험 문화를 통해 팀이 감이 아닌 데이터로 의사결정을 내리도록 이끌어 왔습니다.",
  spoken:
    "그 장바구니 추천 도서 에이비 테스트에서 음 객단가는 그대로인데 결제 완료율이 오히려 일 점 오 퍼센트포인트 떨어졌어요 그래서 그룹 배정이랑 로그가 정상인 걸 확인하고 나서 기기별로 나눠 보니까 모바일에서만 삼 퍼센트포인트 떨어졌고 추천 영역이 모바일 화면에서 결제 버튼을 아래로 밀어낸 게 원인이었습니다 그래서 추천 영역을 결제 버튼 아래로 옮겨서 이 주 동안 다시 실험했더니 결제 완료율은 차이가 없었고 객단가는 사 퍼센트 올랐어요 이 결과로 전체 적용을 결정했고 월 매출이 약 이천만 원 늘었습니다",
  translated: {
    question:
      "Tell me about an A/B test you designed and whose results you interpreted. When the result came out differently from what you expected, how did you decide what to do?",
    levels: [
      "When I designed an A/B test adding a recommended-books section to the cart page of an online bookstore, I set average order value as the primary metric and checkout completion as a guardrail, calculated the sample size we needed up front, and set a two-week run. When the result came out the opposite way, with checkout completion down, I first checked that the group split and the event logs were sound. Then I broke it down by device and found the drop was only on mobile, where the recommendation section pushed the checkout button down the screen. So we decided to rerun the test with the section moved below the checkout button.",
      "In our cart recommendation A/B test, average order value didn't move and checkout completion actually fell by 1.5 percentage points. After confirming the group assignment and logs were fine, I split the results by device: completion had dropped 3 points on mobile only, because the recommendation section pushed the checkout button down on mobile screens. We moved the section below the checkout button and reran the test for two weeks; completion showed no difference and average order value rose 4%. Based on that we rolled it out to everyone, and monthly revenue grew by about 20 million won.",
      "In the cart recommendation test, checkout completion fell 1.5 points. Some people wanted to drop the experiment, but throwing it away on the average alone felt weakly justified, so after checking assignment and logs I split by device and found the section pushed the checkout button down on mobile. We moved it and reran: completion unchanged, order value up 4%. Slicing segments after the fact risks finding chance differences, though, so since then I write the device breakdown into the test plan in advance.",
    ],
  },
};
