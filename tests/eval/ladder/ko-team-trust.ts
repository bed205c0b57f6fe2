import type { LadderQuestion } from "./types";

export const koTeamTrust: LadderQuestion = {
  language: "ko",
  competency: "collaboration",
  question: "새로운 팀에 합류하셨을 때 팀원들과 신뢰를 쌓기 위해 어떤 노력을 하셨나요?",
  levels: [
    "특별히 노력한 건 없고 자연스럽게 친해졌습니다.",
    "새로운 팀에서는 먼저 다가가고, 약속을 잘 지키는 것이 신뢰의 기본이라고 생각합니다. 팀원들의 이야기를 잘 듣고, 작은 일이라도 책임감 있게 하려고 노력합니다.",
    "작년에 물류 스타트업의 배송 관리 팀에 PM으로 합류했습니다. 팀은 개발자 다섯 명과 운영 매니저 두 명이었는데, 제 전임 PM이 반년 사이에 두 명이나 바뀌었던 터라 팀원들이 새 PM에 대해 기대가 별로 없었습니다. 이전 PM들이 기획서를 자주 바꾸고 일정을 위에서 정해 내려보냈다는 이야기도 들었습니다. 제가 합류했을 때는 배송 기사 앱 개편이 한창 진행 중이었고, 운영팀은 현장 불만이 쌓여 있다고 했습니다. 첫 주 회의에서 팀원들은 거의 말을 하지 않았습니다.",
    "배송 관리 팀에 PM으로 합류했을 때, 저는 첫 2주 동안 새 기획을 내지 않고 팀원 일곱 명과 한 명씩 30분 면담을 했습니다. 각자 이전에 가장 힘들었던 점을 물었고, 공통으로 나온 기획서 잦은 변경 문제를 바로 다루기 위해 요구사항 변경은 이유와 함께 기록하고 스프린트 중에는 바꾸지 않는다는 규칙을 팀과 같이 정했습니다. 또 운영 매니저와 함께 새벽 배송 현장에 이틀 나가 기사님들이 앱을 어떻게 쓰는지 직접 봤고, 그 내용을 팀 전체에 공유했습니다.",
    "배송 관리 팀에 합류했을 때 전임 PM이 반년 새 두 번 바뀌어 팀의 신뢰가 낮았습니다. 저는 첫 2주간 새 기획 없이 일곱 명 모두와 일대일 면담을 했고, 가장 많이 나온 불만인 잦은 기획 변경을 막으려고 스프린트 중에는 요구사항을 바꾸지 않는 규칙을 함께 정했습니다. 현장에도 이틀 나가 기사님들의 불편을 직접 확인했습니다. 석 달 뒤 팀 설문에서 'PM을 신뢰한다'는 응답이 2.8점에서 4.3점으로 올랐고, 스프린트 중 요구사항 변경은 월 9건에서 1건으로 줄었습니다.",
    "합류한 팀은 PM이 반년 새 두 번 바뀌어 신뢰가 낮았습니다. 빨리 성과를 보여 주고 싶었지만, 그러면 또 위에서 내려오는 기획으로 보일 것 같아 첫 2주는 기획 대신 일곱 명과 면담하고 현장에 이틀 나갔습니다. 잦은 기획 변경을 막는 규칙을 함께 정했고, 석 달 뒤 신뢰 점수는 2.8에서 4.3으로, 스프린트 중 변경은 월 9건에서 1건으로 줄었습니다. 신뢰는 말보다 먼저 지킨 작은 약속에서 생긴다는 걸 배웠습니다.",
  ],
  generic:
    "저는 신뢰가 모든 협업의 기반이라고 생각합니다. 새로운 팀에 합류하면 먼저 팀원들의 이야기를 경청하고, 팀의 문화와 일하는 방식을 존중하려고 노력합니다. 작은 약속도 반드시 지키고, 투명하게 소통하며, 팀의 성공을 위해 먼저 나서서 기여합니다. 이런 노력 덕분에 어느 팀에서든 빠르게 신뢰를 얻을 수 있었습니다.",
  spoken:
    "어 배송 관리 팀에 합류했을 때 전임 피엠이 반년 사이에 두 번이나 바뀌어서 팀 신뢰가 낮았어요 그래서 저는 이제 첫 이 주 동안은 새 기획 없이 일곱 명 모두랑 일대일 면담을 했고 제일 많이 나온 불만이 잦은 기획 변경이라서 그걸 막으려고 스프린트 중에는 요구사항을 안 바꾸는 규칙을 같이 정했고요 음 현장에도 이틀 나가서 기사님들 불편을 직접 확인했습니다 석 달 뒤에 팀 설문에서 피엠을 신뢰한다는 응답이 이 점 팔 점에서 사 점 삼 점으로 올랐고 스프린트 중 요구사항 변경은 월 아홉 건에서 한 건으로 줄었습니다",
  translated: {
    question: "When you joined a new team, what did you do to build trust with your teammates?",
    levels: [
      "When I joined the delivery management team as PM, I didn't propose anything new for the first two weeks and instead had a thirty-minute one-on-one with each of the seven people on the team. I asked each of them what had been hardest before, and to deal straight away with the problem that came up most, specs changing all the time, we agreed together on a rule: requirement changes are written down with a reason and never made mid-sprint. I also went out to the early-morning delivery floor for two days with the operations manager to see how drivers actually used the app, and shared what I saw with the whole team.",
      "When I joined the delivery management team, trust was low because the previous PM had changed twice in six months. For the first two weeks, without planning anything new, I had one-on-ones with all seven people, and to stop the complaint I heard most, constantly changing specs, we agreed together on a rule not to change requirements mid-sprint. I also spent two days in the field to see the drivers' problems myself. Three months later, 'I trust our PM' in the team survey went from 2.8 to 4.3, and mid-sprint requirement changes fell from nine a month to one.",
      "The team I joined had lost two PMs in six months and trust was low. I wanted to show results fast, but that would have looked like more plans handed down from above, so for the first two weeks I did one-on-ones with all seven people and two days in the field instead of planning. We agreed a rule against constant spec changes; three months later the trust score went from 2.8 to 4.3 and mid-sprint changes fell from nine a month to one. I learned that trust comes from small promises kept before anything is said.",
    ],
  },
};
