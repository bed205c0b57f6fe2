import type { LadderQuestion } from "./types";

export const koFeatureFlop: LadderQuestion = {
  language: "ko",
  competency: "product-sense",
  question:
    "직접 기획하신 기능 중 사용자 반응이 기대에 미치지 못했던 사례가 있으신가요? 원인을 어떻게 분석하셨고 이후 어떻게 대응하셨나요?",
  levels: [
    "딱히 떠오르는 사례는 없습니다.",
    "기획한 기능이 기대만큼 반응이 없으면 데이터를 보고 원인을 분석해야 한다고 생각합니다. 사용자 의견도 들어 보고, 필요하면 개선해서 다시 내놓는 것이 중요합니다. 실패에서 배우는 자세가 중요하다고 봅니다.",
    "이전 회사에서 가계부 앱을 담당했을 때, 지출을 자동으로 분류해 주는 예산 추천 기능을 기획했습니다. 사용자 인터뷰에서 예산을 세우기가 번거롭다는 이야기가 많이 나왔고, 경쟁 앱들도 비슷한 기능을 내놓던 시기였습니다. 개발에 두 달 정도가 걸렸고, 출시 때는 앱 첫 화면에 배너도 걸었습니다. 회사에서도 그 분기의 핵심 과제로 보고 있어서 기대가 꽤 컸습니다.",
    "가계부 앱에서 기획한 예산 추천 기능의 사용률이 낮게 나왔을 때, 저는 먼저 퍼널을 단계별로 나눠 봤습니다. 추천 화면까지 들어온 사용자 중 예산을 실제로 저장한 사람이 적다는 것을 확인하고, 저장하지 않은 사용자 열 명과 직접 통화했습니다. 통화에서 추천 금액이 자기 생활과 맞지 않아 믿기 어렵다는 이야기가 반복됐습니다. 그래서 추천 금액에 근거가 된 최근 석 달 지출을 함께 보여 주고, 금액을 한 번에 고칠 수 있게 화면을 다시 설계해 개발팀과 다음 스프린트에 반영했습니다.",
    "가계부 앱의 예산 추천 기능을 출시했는데 목표했던 사용률 20%에 한참 못 미치는 6%에 그쳤습니다. 퍼널을 보니 추천 화면까지는 많이 들어오는데 저장 단계에서 80%가 이탈했습니다. 저장하지 않은 사용자 열 명과 통화해 보니 추천 금액의 근거를 몰라 믿지 못한다는 답이 대부분이었습니다. 그래서 최근 석 달 지출 내역을 근거로 함께 보여 주고 금액을 바로 고칠 수 있게 바꿨습니다. 개선 후 한 달 만에 저장 전환율이 20%에서 47%로 올랐고, 기능 사용률은 15%까지 회복됐습니다.",
    "예산 추천 기능의 사용률이 목표 20%에 못 미치는 6%였습니다. 저장 단계 이탈이 80%여서 사용자 열 명과 통화해 보니 추천 금액을 믿지 못했습니다. 추천 로직을 더 정교하게 만드는 안도 있었지만, 근거를 보여 주는 쪽이 빠르고 효과가 클 거라 판단해 석 달 지출 내역을 함께 보여 주고 바로 수정할 수 있게 했습니다. 저장 전환율은 20%에서 47%로 올랐습니다. 이 일로 출시 전에 사용자가 결과를 믿을 수 있는지부터 검증해야 한다는 것을 배웠습니다.",
  ],
  generic:
    "저는 실패한 기능에서도 항상 배울 점이 있다고 생각합니다. 기대에 못 미치는 결과가 나오면 데이터를 꼼꼼히 분석하고 사용자의 목소리에 귀를 기울여 근본 원인을 찾습니다. 그리고 관련 팀과 긴밀하게 협업해 빠르게 개선하고, 그 과정에서 얻은 인사이트를 팀 전체와 공유합니다. 이런 자세 덕분에 저는 실패를 성장의 기회로 바꿔 왔다고 자부합니다.",
  spoken:
    "음 가계부 앱의 예산 추천 기능을 출시했는데 목표했던 사용률 이십 퍼센트에 한참 못 미치는 육 퍼센트에 그쳤거든요 그래서 퍼널을 보니까 이제 추천 화면까지는 많이 들어오는데 저장 단계에서 팔십 퍼센트가 이탈했고 저장 안 한 사용자 열 명이랑 통화해 보니까 그 추천 금액의 근거를 몰라서 못 믿겠다는 답이 대부분이었어요 그래서 최근 석 달 지출 내역을 근거로 같이 보여 주고 금액을 바로 고칠 수 있게 바꿨고요 개선하고 한 달 만에 저장 전환율이 이십 퍼센트에서 사십칠 퍼센트로 올랐고 기능 사용률은 십오 퍼센트까지 회복됐습니다",
  translated: {
    question:
      "Is there a feature you planned yourself that users responded to less well than you expected? How did you analyse the cause, and what did you do afterward?",
    levels: [
      "When the budget suggestion feature I planned for our budgeting app had low usage, I first broke the funnel down step by step. I saw that few of the users who reached the suggestion screen actually saved a budget, so I called ten of the users who hadn't saved one. On those calls the same thing kept coming up: the suggested amounts didn't match their lives, so they didn't trust them. So I redesigned the screen to show the last three months of spending the suggestion was based on and let people adjust the amount in one step, and we got it into the next sprint with the developers.",
      "We launched a budget suggestion feature in our budgeting app and usage was 6%, far below our 20% target. The funnel showed that plenty of people reached the suggestion screen, but 80% dropped off at the save step. I called ten users who hadn't saved and most said they didn't trust the amount because they didn't know where it came from. So I added the last three months of spending as the basis and let them edit the amount right there. A month after the change, the save conversion went from 20% to 47%, and usage recovered to 15%.",
      "Usage of our budget suggestion feature was 6% against a 20% target. With 80% dropping off at the save step, I called ten users and found they didn't trust the suggested amount. We could have made the suggestion logic smarter, but I judged that showing the basis would be faster and have more impact, so we showed three months of spending alongside it and made it editable on the spot. Save conversion went from 20% to 47%. What I learned is that before launch you should check whether users will trust the result at all.",
    ],
  },
};
