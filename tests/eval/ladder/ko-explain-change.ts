import type { LadderQuestion } from "./types";

export const koExplainChange: LadderQuestion = {
  language: "ko",
  competency: "communication",
  question:
    "기술적인 배경이 없는 고객이나 영업팀에게 복잡한 제품 변경 사항을 설명해야 했던 경험을 말씀해 주세요.",
  levels: [
    "잘 모르겠습니다.",
    "기술적인 배경이 없는 분들께는 전문 용어를 빼고 쉽게 설명하는 것이 중요하다고 생각합니다. 상대방이 궁금해할 부분을 중심으로 이야기하고, 이해했는지 확인하면서 진행합니다.",
    "쇼핑몰 솔루션 회사에서 일할 때 결제 모듈 구조를 바꾸는 큰 변경이 있었습니다. 기존에는 결제 대행사 한 곳만 지원했는데, 여러 대행사를 고를 수 있게 바꾸면서 관리자 화면의 설정 방식과 정산 주기가 모두 바뀌게 되었습니다. 고객사는 대부분 소규모 온라인 쇼핑몰 사장님들이었고, 영업팀은 이 변경 때문에 기존 고객 문의가 몰릴까 걱정하고 있었습니다. 변경 적용까지는 한 달 정도 남아 있었습니다.",
    "결제 대행사를 여러 곳 고를 수 있게 바뀌면서 정산 주기와 설정 화면이 달라졌을 때, 저는 영업팀용 설명회를 먼저 열었습니다. 기술 구조 설명은 빼고 사장님 입장에서 달라지는 세 가지, 즉 설정 위치, 정산일, 수수료 비교 방법만 한 장으로 정리했습니다. 고객용으로는 실제 관리자 화면을 녹화한 3분짜리 영상을 만들었고, 영업팀이 자주 받을 질문 열 개와 답변을 미리 써서 공유했습니다. 설명회 뒤에는 영업 담당자 두 명에게 제 앞에서 고객에게 하듯 설명해 보게 했습니다.",
    "결제 대행사를 여러 곳 고를 수 있게 바뀌면서 정산 주기와 설정 화면이 달라졌습니다. 저는 영업팀에 기술 구조 대신 사장님 입장에서 달라지는 세 가지만 한 장으로 설명했고, 고객용으로 실제 화면을 녹화한 3분 영상과 예상 질문 열 개의 답변을 만들었습니다. 그 결과 전환 첫 달 관련 고객 문의가 이전 비슷한 변경 때의 약 400건에서 120건으로 줄었고, 새 구조로 옮긴 고객사가 목표 60%를 넘어 72%였습니다.",
    "결제 대행사 다중화로 정산 주기와 설정 화면이 바뀌었습니다. 영업팀에는 기술 구조를 빼고 사장님 입장에서 달라지는 세 가지만 설명하고, 고객용으로는 매뉴얼 문서 대신 3분짜리 화면 녹화 영상을 택했습니다. 사장님들이 긴 문서는 읽지 않는다는 걸 알았기 때문입니다. 첫 달 문의는 400건에서 120건으로 줄었고 전환율은 72%였습니다. 다만 정산일 변경이 현금 흐름에 주는 영향은 제가 가볍게 봐서 항의가 있었고, 그 뒤로는 돈과 관련된 변화는 따로 먼저 알립니다.",
  ],
  generic:
    "저는 복잡한 내용을 쉽게 풀어 설명하는 데 강점이 있습니다. 상대방의 눈높이에 맞춰 비유와 예시를 활용하고, 전문 용어 대신 고객이 얻게 되는 가치를 중심으로 이야기합니다. 항상 상대방의 반응을 살피며 소통하고, 필요하면 자료를 만들어 이해를 돕습니다. 덕분에 영업팀과 고객들로부터 설명이 명확하다는 피드백을 자주 받았습니다.",
  spoken:
    "음 결제 대행사를 여러 곳 고를 수 있게 바뀌면서 정산 주기랑 설정 화면이 달라졌는데요 그래서 저는 영업팀에 그 기술 구조 대신에 사장님 입장에서 달라지는 세 가지만 한 장으로 설명했고 고객용으로는 실제 화면을 녹화한 삼 분짜리 영상이랑 예상 질문 열 개 답변을 만들었어요 그 결과 전환 첫 달에 관련 고객 문의가 이전에 비슷한 변경 때 한 사백 건에서 백이십 건으로 줄었고 새 구조로 옮긴 고객사가 목표 육십 퍼센트를 넘어서 칠십이 퍼센트였습니다",
  translated: {
    question:
      "Tell me about a time you had to explain a complex product change to customers or a sales team without a technical background.",
    levels: [
      "When we moved to letting merchants choose among several payment providers, which changed both the settlement cycle and the settings screen, I first ran a briefing for the sales team. I left out the technical architecture and put on one page just the three things that changed from a shop owner's point of view: where the setting is, the settlement date, and how to compare fees. For customers I made a three-minute recording of the actual admin screen, and I wrote up the ten questions sales would get most often, with answers, and shared them in advance. After the briefing I asked two salespeople to explain it to me the way they would to a customer.",
      "When we started letting merchants choose among several payment providers, the settlement cycle and the settings screen changed. Instead of the technical architecture, I explained to the sales team on one page only the three things that changed for shop owners, and for customers I made a three-minute screen recording and answers to ten expected questions. As a result, related customer inquiries in the first month of the switch were 120, down from about 400 during a similar change before, and 72% of customers moved to the new setup, above our 60% target.",
      "Supporting multiple payment providers changed the settlement cycle and the settings screen. I explained only the three changes that mattered to shop owners to sales, leaving out the architecture, and for customers I chose a three-minute screen recording over a manual, because I knew shop owners don't read long documents. First-month inquiries dropped from 400 to 120 and 72% switched. But I underestimated how the settlement date change would hit their cash flow, and there were complaints; since then I announce anything involving money separately and first.",
    ],
  },
};
