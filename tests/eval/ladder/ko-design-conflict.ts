import type { LadderQuestion } from "./types";

export const koDesignConflict: LadderQuestion = {
  language: "ko",
  competency: "collaboration",
  question:
    "디자이너나 개발자와 의견이 크게 달랐던 경험이 있으신가요? 갈등을 어떻게 해결하셨고 결과는 어떠했나요?",
  levels: [
    "크게 다툰 적은 없었던 것 같습니다.",
    "의견이 다를 때는 서로의 입장을 충분히 듣는 것이 중요하다고 생각합니다. 저는 감정적으로 대응하지 않고, 사용자에게 무엇이 가장 좋은지를 기준으로 이야기하려고 합니다. 대부분은 대화로 잘 풀렸습니다.",
    "숙박 예약 앱의 검색 결과 화면을 개편할 때였습니다. 리드 디자이너는 사진을 크게 보여 주는 카드형 목록을 원했고, 저는 가격과 위치를 한눈에 비교할 수 있는 촘촘한 목록이 낫다고 생각했습니다. 디자이너는 브랜드 이미지를, 저는 예약 전환을 더 중요하게 보고 있었습니다. 몇 주째 시안이 오가면서 개발 일정도 밀리기 시작했고, 개발팀은 어느 쪽으로 갈지 빨리 정해 달라고 했습니다. 회의 분위기도 점점 날카로워졌습니다.",
    "검색 결과 화면을 두고 디자이너는 큰 사진 카드형, 저는 촘촘한 비교형 목록을 원해 몇 주째 결론이 안 났을 때, 저는 디자이너와 따로 만나 각자 무엇을 지키고 싶은지부터 적어 보자고 했습니다. 디자이너는 숙소의 분위기 전달, 저는 가격 비교의 편의성이었고, 둘 다 틀린 목표가 아니라는 데 동의했습니다. 그래서 사용자 테스트를 같이 설계해 다섯 명에게 두 시안을 보여 주고, 기록은 디자이너가, 진행은 제가 맡았습니다.",
    "검색 결과 화면을 두고 디자이너는 큰 사진 카드형을, 저는 촘촘한 비교형을 원해 몇 주째 결론이 나지 않았습니다. 저는 디자이너와 각자 지키고 싶은 목표를 적어 보고, 두 시안으로 2주간 A/B 테스트를 하자고 제안했습니다. 결과는 카드형이 상세 페이지 진입률이 12% 높았지만 예약 전환율은 비교형이 8% 높았습니다. 그래서 사진은 크게 두되 가격과 위치를 카드 상단에 올린 절충안을 함께 만들었고, 이 안이 예약 전환율을 기존보다 11% 올렸습니다.",
    "검색 화면을 두고 디자이너는 큰 사진 카드형, 저는 비교형을 고집했습니다. 제 안을 밀어붙일 수도 있었지만 그러면 디자이너가 지키려던 분위기 전달을 잃는다고 판단해, 두 시안을 2주간 A/B 테스트했습니다. 카드형은 상세 진입이 12% 높았고 비교형은 예약 전환이 8% 높아, 사진과 가격을 함께 살린 절충안으로 전환율을 11% 올렸습니다. 이 일로 의견 대립을 누가 맞는지가 아니라 어떤 실험으로 확인할지의 문제로 바꾸는 법을 배웠습니다.",
  ],
  generic:
    "저는 갈등을 더 나은 결과를 만들기 위한 건강한 과정이라고 생각합니다. 의견이 다를 때는 항상 상대방의 관점을 존중하고 적극적으로 경청하며, 사용자 가치와 데이터를 기준으로 대화를 이끌어 갑니다. 이런 방식으로 디자이너, 개발자와 신뢰 관계를 쌓아 왔고, 갈등 이후에도 더 좋은 팀워크를 만들어 왔습니다.",
  spoken:
    "그 검색 결과 화면을 두고 디자이너는 큰 사진 카드형을 원하고 저는 촘촘한 비교형을 원해서 몇 주째 결론이 안 났어요 그래서 음 디자이너랑 각자 지키고 싶은 목표를 적어 보고 두 시안으로 이 주 동안 에이비 테스트를 하자고 제안했고요 결과는 카드형이 상세 페이지 진입률이 십이 퍼센트 높았는데 예약 전환율은 비교형이 팔 퍼센트 높았어요 그래서 사진은 크게 두되 가격이랑 위치를 카드 상단에 올린 절충안을 같이 만들었고 이 안이 예약 전환율을 기존보다 십일 퍼센트 올렸습니다",
  translated: {
    question:
      "Have you had a strong disagreement with a designer or developer? How did you resolve the conflict, and what was the result?",
    levels: [
      "When the designer wanted large photo cards for the search results screen and I wanted a dense comparison list, and weeks went by without a decision, I met the designer separately and suggested we each write down what we wanted to protect. For her it was conveying the feel of each place; for me, making price comparison easy, and we agreed neither was a wrong goal. So we designed a user test together and showed both mockups to five people, with her taking notes and me running the sessions.",
      "The designer wanted large photo cards for the search results screen and I wanted a dense comparison list, and we'd gone weeks without a decision. I suggested we each write down the goal we wanted to protect and run a two-week A/B test of the two designs. Cards got 12% more visits to the detail page, but the comparison list had an 8% higher booking conversion. So together we built a compromise that kept large photos but moved price and location to the top of the card, and it raised booking conversion by 11% over the original.",
      "The designer insisted on large photo cards for the search screen; I insisted on a comparison list. I could have pushed my version through, but then we'd lose the sense of place she was protecting, so we A/B tested both for two weeks. Cards drove 12% more detail visits, the list 8% more bookings, and a compromise keeping both photos and prices raised conversion by 11%. What I learned is to turn a disagreement from a question of who's right into a question of which experiment will tell us.",
    ],
  },
};
