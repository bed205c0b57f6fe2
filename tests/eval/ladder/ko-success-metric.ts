import type { LadderQuestion } from "./types";

export const koSuccessMetric: LadderQuestion = {
  language: "ko",
  competency: "data-analysis",
  question:
    "제품의 성공 여부를 판단하기 위해 어떤 지표를 설정하셨는지, 그 지표를 선택하신 이유와 함께 구체적인 사례를 들어 설명해 주세요.",
  levels: [
    "지표를 직접 설정해 본 적은 없습니다.",
    "성공 지표는 제품의 목표와 연결되어야 한다고 생각합니다. 보통 DAU나 매출 같은 지표를 보지만, 무엇보다 사용자에게 가치를 주고 있는지를 보여 주는 지표를 고르는 것이 중요합니다. 지표는 너무 많지 않게 정하는 게 좋습니다.",
    "중고거래 앱에서 채팅 기능을 새로 만들 때였습니다. 그전까지는 구매자가 판매자에게 전화번호로 연락해야 했는데, 번호 노출에 대한 불만이 많아서 앱 안에서 대화할 수 있게 하자는 결정이 났습니다. 경영진은 출시 후 성과를 보고받고 싶어 했고, 마케팅팀은 채팅 사용자 수를, 개발팀은 메시지 전송 성공률을 보자고 해서 의견이 나뉘어 있었습니다.",
    "중고거래 앱의 채팅 기능을 출시할 때, 저는 채팅 수 대신 채팅을 시작한 거래 중 실제 거래 완료로 이어진 비율을 핵심 지표로 정했습니다. 채팅 수는 기능을 노출만 해도 늘어나지만, 우리가 풀려던 문제는 거래 성사였기 때문입니다. 보조 지표로 첫 답장까지 걸린 시간과 신고 건수를 함께 두었고, 데이터팀과 거래 완료 이벤트를 정확히 잡도록 트래킹 설계를 다시 했습니다. 주간 리뷰에서 이 세 지표를 같은 대시보드에서 보도록 만들었습니다.",
    "중고거래 앱에 채팅을 출시하면서, 저는 채팅 수가 아니라 채팅이 거래 완료로 이어진 비율을 핵심 지표로 정했습니다. 채팅 수는 노출만으로도 늘지만 우리가 풀려던 문제는 거래 성사였기 때문입니다. 보조 지표로 첫 답장까지의 시간과 신고 건수를 두었습니다. 출시 석 달 뒤 거래 완료율은 전화 연락 시절 18%에서 27%로 올랐고, 첫 답장 시간 중앙값이 5시간에서 40분으로 줄었습니다. 이 수치 덕분에 다음 분기에 안전결제 연동 예산을 확보할 수 있었습니다.",
    "채팅 기능의 핵심 지표로 채팅 수가 아닌 거래 완료율을 택했습니다. 채팅 수는 배너 하나로도 부풀릴 수 있지만 우리가 풀려던 문제는 거래 성사였기 때문입니다. 첫 답장 시간과 신고 건수를 가드레일로 두었습니다. 거래 완료율은 18%에서 27%로, 첫 답장 시간은 5시간에서 40분으로 개선됐습니다. 다만 신고 지표를 늦게 넣어 초기 스팸을 놓쳤고, 그 뒤로는 핵심 지표와 함께 부작용 지표를 출시 전에 같이 정합니다.",
  ],
  generic:
    "저는 지표를 설정할 때 항상 비즈니스 목표와 사용자 가치를 함께 고려합니다. 북극성 지표를 명확히 정의하고, 이를 뒷받침하는 선행 지표와 가드레일 지표를 체계적으로 설계합니다. 데이터 기반으로 의사결정을 내리는 문화를 만드는 것을 중요하게 생각하며, 이해관계자들이 같은 지표를 보고 한 방향으로 움직이도록 이끌어 왔습니다.",
  spoken:
    "음 중고거래 앱에 채팅을 출시하면서 저는 채팅 수가 아니라 채팅이 거래 완료로 이어진 비율을 핵심 지표로 정했어요 왜냐면 채팅 수는 그냥 노출만 해도 늘어나는데 저희가 풀려던 문제는 거래 성사였거든요 그리고 보조 지표로 첫 답장까지 시간이랑 신고 건수를 뒀고요 출시 석 달 뒤에 거래 완료율이 전화 연락하던 시절 십팔 퍼센트에서 이십칠 퍼센트로 올랐고 첫 답장 시간 중앙값이 다섯 시간에서 사십 분으로 줄었습니다 이 수치 덕분에 이제 다음 분기에 안전결제 연동 예산을 확보할 수 있었습니다",
  translated: {
    question:
      "What metrics did you set to judge whether a product succeeded? Explain with a concrete example, including why you chose those metrics.",
    levels: [
      "When we launched chat in our second-hand marketplace app, I made the key metric the share of chats that led to a completed sale, rather than the number of chats. Chat volume goes up just by showing the feature, but the problem we were trying to solve was getting deals done. As secondary metrics I added time to first reply and the number of reports, and I reworked the tracking design with the data team so the completed-sale event was captured correctly. I set up the weekly review so all three metrics were on the same dashboard.",
      "When we launched chat in our second-hand marketplace app, I made the key metric the rate at which chats led to completed sales, not the number of chats, because chat volume grows just from exposure while the problem we wanted to solve was closing deals. Time to first reply and the number of reports were secondary metrics. Three months after launch, the completion rate rose from 18% in the phone-contact days to 27%, and median time to first reply fell from five hours to forty minutes. Those numbers got us budget for a safe-payment integration the next quarter.",
      "For chat, I chose completed-sale rate as the key metric instead of chat count. A single banner can inflate chat count, but the problem we were solving was closing deals. Time to first reply and report count were guardrails. Completion went from 18% to 27%, and first reply from five hours to forty minutes. But I added the report metric late and we missed some early spam, so since then I define side-effect metrics together with the key metric before launch.",
    ],
  },
};
