import type { LadderQuestion } from "./types";

export const koPersuadeLeadership: LadderQuestion = {
  language: "ko",
  competency: "communication",
  question:
    "경영진이나 이해관계자를 설득해 제품 방향을 바꾸셨던 경험이 있으신가요? 어떤 방식으로 설득하셨는지 말씀해 주세요.",
  levels: [
    "그런 경험은 아직 없습니다.",
    "경영진을 설득하려면 데이터와 논리가 가장 중요하다고 생각합니다. 상대가 무엇을 중요하게 여기는지 파악하고, 그에 맞춰 이야기하면 설득이 쉬워집니다. 감정보다는 근거로 이야기하려고 노력합니다.",
    "피트니스 앱 회사에서 일할 때, 대표님이 다음 해 핵심 과제로 소셜 피드 기능을 밀고 계셨습니다. 경쟁 앱이 피드를 넣고 나서 다운로드가 늘었다는 기사를 보시고 확신을 가지셨던 것 같습니다. 그런데 저희 앱은 유료 구독 모델이었고, 구독자의 절반 가까이가 석 달 안에 해지하는 문제가 더 시급해 보였습니다. 팀 안에서도 의견이 갈렸지만 대표님 앞에서 반대 의견을 내는 분위기는 아니었습니다.",
    "대표님이 소셜 피드를 다음 해 핵심 과제로 정하려 하셨을 때, 저는 바로 반대하지 않고 먼저 구독 해지 데이터를 정리했습니다. 해지한 사용자 스무 명을 인터뷰해 해지 이유를 분류했고, 피드를 넣은 경쟁 앱의 리텐션 변화도 공개 자료로 찾아봤습니다. 그다음 대표님과 일대일로 만나 피드 자체를 반대하는 게 아니라 해지 문제를 먼저 풀자는 제안으로, 운동 루틴 추천 기능을 먼저 하고 피드는 작은 실험으로 검증하는 순서를 제시했습니다. 임원 회의 전에 재무 담당 임원에게도 미리 자료를 보여 드렸습니다.",
    "대표님이 소셜 피드를 핵심 과제로 밀고 계셨지만, 저는 석 달 내 구독 해지율 46%가 더 급하다고 봤습니다. 해지자 스무 명 인터뷰에서 '무슨 운동을 할지 몰라서'가 가장 많은 이유였다는 점을 정리해, 루틴 추천을 먼저 하고 피드는 작은 실험으로 검증하자고 일대일로 제안했습니다. 대표님이 동의하셔서 방향을 바꿨고, 루틴 추천 출시 후 석 달 내 해지율이 46%에서 34%로 떨어졌습니다. 피드 실험은 참여율이 4%에 그쳐 보류됐습니다.",
    "대표님은 소셜 피드를 원하셨지만 석 달 내 해지율이 46%였습니다. 정면으로 반대하는 대신 해지자 스무 명 인터뷰 결과를 들고 일대일로 찾아가, 피드를 버리자는 게 아니라 순서를 바꾸자고 했습니다. 루틴 추천을 먼저 하고 피드는 작은 실험으로 검증하자는 안이었습니다. 해지율은 34%로 떨어졌고 피드 실험은 참여 4%로 보류됐습니다. 돌아보면 대표님의 목표가 성장 지표라는 걸 더 일찍 인정했다면 설득이 더 빨랐을 것 같고, 이후로는 상대의 목표 언어로 제안을 씁니다.",
  ],
  generic:
    "저는 설득의 핵심이 데이터와 스토리텔링이라고 생각합니다. 경영진의 관점에서 비즈니스 임팩트를 명확히 보여 주고, 논리적인 근거와 사용자 인사이트를 결합해 설득력 있는 제안을 만들어 왔습니다. 또한 반대 의견에도 열린 자세로 경청하며 신뢰를 쌓았고, 그 결과 여러 차례 제품 방향을 더 나은 쪽으로 이끌 수 있었습니다.",
  spoken:
    "어 대표님이 소셜 피드를 핵심 과제로 밀고 계셨는데 저는 석 달 안에 구독 해지율이 사십육 퍼센트인 게 더 급하다고 봤어요 그래서 해지한 분들 스무 명 인터뷰에서 음 무슨 운동을 할지 몰라서가 제일 많은 이유였다는 걸 정리해서 루틴 추천을 먼저 하고 피드는 작은 실험으로 검증하자고 일대일로 제안드렸고요 대표님이 동의하셔서 방향을 바꿨고 루틴 추천 출시하고 석 달 안에 해지율이 사십육 퍼센트에서 삼십사 퍼센트로 떨어졌습니다 피드 실험은 참여율이 사 퍼센트에 그쳐서 보류됐고요",
  translated: {
    question:
      "Have you ever persuaded leadership or stakeholders to change a product's direction? How did you persuade them?",
    levels: [
      "When our CEO wanted to make a social feed next year's key initiative, I didn't push back right away; I first pulled together our subscription cancellation data. I interviewed twenty users who had cancelled and grouped their reasons, and I looked up public data on how retention had changed for competitors that added a feed. Then I met the CEO one-on-one and framed it not as opposing the feed but as solving cancellations first: build workout routine recommendations first, and validate the feed with a small experiment. Before the executive meeting I also walked the CFO through the material.",
      "Our CEO was pushing a social feed as the key initiative, but I thought our 46% cancellation rate within three months was more urgent. From interviews with twenty users who had cancelled, the most common reason was 'I didn't know what workout to do', so I proposed one-on-one that we build routine recommendations first and test the feed with a small experiment. The CEO agreed and we changed direction; after routine recommendations launched, the three-month cancellation rate fell from 46% to 34%. The feed experiment only reached 4% participation and was shelved.",
      "The CEO wanted a social feed, but 46% of subscribers cancelled within three months. Instead of opposing it head-on, I brought interview results from twenty cancelled users to a one-on-one and argued for changing the order, not dropping the feed: routine recommendations first, the feed as a small experiment. Cancellations fell to 34%, and the feed experiment was shelved at 4% participation. Looking back, if I'd acknowledged earlier that the CEO's goal was a growth metric, I'd have persuaded faster; since then I write proposals in the language of the other person's goals.",
    ],
  },
};
