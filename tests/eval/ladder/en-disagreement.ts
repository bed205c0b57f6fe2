import type { LadderQuestion } from "./types";

export const enDisagreement: LadderQuestion = {
  language: "en",
  competency: "collaboration",
  question:
    "Tell me about a time you disagreed with a teammate on a technical decision. How did you resolve it, and what was the outcome?",
  levels: [
    "I usually get along with everyone, so nothing comes to mind.",
    "Disagreements happen on every team and I think they're healthy. I try to stay open-minded, listen to the other person's point of view and focus on what's best for the project rather than on being right. Usually we find a compromise.",
    "On my last team we were building a new order-tracking service, and a senior colleague and I disagreed about whether it should use an event-sourced design or a plain relational model. He had used event sourcing at his previous company and felt strongly about the audit trail. I was worried about the learning curve for the rest of the team, since only two of the six of us had used it before. The discussion went on across several design reviews and standups, and the rest of the team was starting to feel stuck between us.",
    "When a senior colleague and I disagreed about event sourcing for our new order-tracking service, I suggested we stop debating in meetings and write down what each of us was optimising for. I wrote up the relational option and he wrote up event sourcing, each with the same three criteria: audit needs, team familiarity and operational cost. I also asked our support lead which audit questions she actually got from customers. Then we met one-on-one, went through both documents and agreed to prototype the riskiest part of each design for two days before deciding.",
    "A senior colleague wanted event sourcing for our new order-tracking service; I preferred a relational model with an audit table, since only two of six engineers knew event sourcing. I proposed we each write a one-page case against the same criteria and prototype the hardest part for two days. The prototypes showed that the audit questions support actually received could be answered from an append-only history table. We went relational, he reviewed the audit design, and we shipped in seven weeks instead of the ten we'd estimated for event sourcing. Support's time to answer order-history tickets dropped from about a day to under an hour.",
    "A senior colleague pushed for event sourcing on our order-tracking service; I favoured relational tables plus an append-only audit history. Instead of arguing, we each wrote a one-page case and prototyped for two days. I conceded his point that audit mattered more than I'd assumed, and he accepted that replaying events was overkill for our queries. We shipped relational in seven weeks, not ten, and order-history tickets went from a day to under an hour. I learned to ask 'what would change your mind?' early; it turned a standoff into an experiment.",
  ],
  generic:
    "I believe that healthy disagreement leads to better decisions. Whenever I disagree with a teammate, I focus on the facts and the data rather than opinions, and I make sure everyone feels heard. I'm always willing to change my mind if someone presents a better argument. By keeping the discussion respectful and centred on shared goals, we have always been able to reach a decision that the whole team supports, and our relationships have stayed strong.",
  spoken:
    "so a senior colleague wanted event sourcing for our new order tracking service and i preferred a relational model with an audit table since like only two of six engineers knew event sourcing so um i proposed we each write a one page case against the same criteria and prototype the hardest part for two days and the prototypes showed that the audit questions support actually received could be answered from an append only history table so we went relational he reviewed the audit design and we shipped in seven weeks instead of the ten we'd estimated for event sourcing and support's time to answer order history tickets dropped from about a day to under an hour",
  translated: {
    question:
      "기술적인 결정을 두고 동료와 의견이 달랐던 경험을 말씀해 주세요. 어떻게 해결하셨고 결과는 어땠나요?",
    levels: [
      "새 주문 추적 서비스에 이벤트 소싱을 쓸지를 두고 선배 동료와 의견이 갈렸을 때, 저는 회의에서 계속 논쟁하지 말고 각자 무엇을 최우선으로 보는지 글로 적자고 제안했습니다. 저는 관계형 안을, 동료는 이벤트 소싱 안을 감사 요구사항, 팀의 익숙함, 운영 비용이라는 같은 세 가지 기준으로 정리했습니다. 고객지원 리드에게도 고객이 실제로 어떤 이력 문의를 하는지 물어봤습니다. 그다음 둘이 따로 만나 두 문서를 함께 검토했고, 결정하기 전에 각 설계에서 가장 위험한 부분을 이틀 동안 프로토타입으로 만들어 보기로 합의했습니다.",
      "선배 동료는 새 주문 추적 서비스에 이벤트 소싱을 원했고, 저는 엔지니어 여섯 명 중 두 명만 이벤트 소싱을 알았기 때문에 감사 테이블을 둔 관계형 모델을 선호했습니다. 저는 같은 기준으로 각자 한 페이지짜리 주장을 쓰고, 가장 어려운 부분을 이틀간 프로토타입으로 만들어 보자고 제안했습니다. 프로토타입을 보니 고객지원이 실제로 받는 이력 문의는 추가 전용 이력 테이블로 충분히 답할 수 있었습니다. 우리는 관계형으로 갔고 동료가 감사 설계를 리뷰했으며, 이벤트 소싱으로 예상했던 10주 대신 7주 만에 출시했습니다. 주문 이력 문의에 답하는 시간은 하루 정도에서 한 시간 미만으로 줄었습니다.",
      "선배 동료는 주문 추적 서비스에 이벤트 소싱을 밀었고, 저는 관계형 테이블과 추가 전용 감사 이력을 선호했습니다. 논쟁하는 대신 각자 한 페이지로 주장을 쓰고 이틀간 프로토타입을 만들었습니다. 저는 감사가 생각보다 중요하다는 동료의 지적을 인정했고, 동료는 우리 쿼리에는 이벤트 재생이 과하다는 점을 받아들였습니다. 10주가 아니라 7주 만에 관계형으로 출시했고, 주문 이력 문의는 하루에서 한 시간 미만으로 줄었습니다. 이 일로 '무엇이 당신의 생각을 바꿀 수 있나요?'를 일찍 묻는 법을 배웠습니다. 그 질문이 대치를 실험으로 바꿔 줬습니다.",
    ],
  },
};
