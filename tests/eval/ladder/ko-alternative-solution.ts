import type { LadderQuestion } from "./types";

export const koAlternativeSolution: LadderQuestion = {
  language: "ko",
  competency: "product-sense",
  question:
    "사용자 요청을 그대로 반영하지 않고 다른 해결책을 제시하셨던 경험이 있으신가요? 그렇게 판단하신 이유와 결과를 말씀해 주세요.",
  levels: [
    "없는 것 같습니다. 보통 요청대로 반영했습니다.",
    "사용자가 요청하는 것과 실제로 필요한 것은 다를 때가 많다고 생각합니다. 그래서 요청 뒤에 있는 진짜 문제를 파악하려고 노력하고, 더 나은 방법이 있다면 제안합니다. 결국 중요한 건 사용자의 문제를 해결하는 것이니까요.",
    "B2B 근태관리 서비스를 맡고 있을 때의 일입니다. 당시 고객사 인사 담당자들로부터 엑셀 내보내기 기능에 컬럼을 더 추가해 달라는 요청이 한 달에 스무 건 넘게 들어왔습니다. 요청하는 컬럼도 고객사마다 달라서 어떤 곳은 부서 코드를, 어떤 곳은 연장근무 사유를 넣어 달라고 했습니다. 영업팀은 큰 고객사의 요청이니 빨리 반영해 달라고 했고, 개발팀은 컬럼을 계속 늘리면 내보내기 코드가 감당이 안 된다고 걱정했습니다. 고객지원팀도 같은 문의에 계속 답하느라 지쳐 있었습니다. 제품 로드맵에는 이미 모바일 출퇴근 기능이 잡혀 있었고, 분기 목표도 그쪽에 맞춰져 있어서 팀 전체가 어떻게 해야 할지 고민하던 상황이었습니다. 저도 처음에는 요청 목록을 정리해서 어떤 컬럼이 가장 많이 나왔는지부터 세어 보고 있었습니다.",
    "근태관리 서비스에서 엑셀 내보내기에 컬럼을 더 넣어 달라는 요청이 계속 들어왔을 때, 저는 요청한 인사 담당자 여섯 명과 화면을 공유하며 내보낸 파일을 어디에 쓰는지 직접 봤습니다. 대부분 파일을 받아 급여 시스템 양식에 맞게 다시 편집하고 있었습니다. 그래서 저는 컬럼을 추가하는 대신 고객사가 자기 급여 양식을 한 번 지정해 두면 그 형식으로 바로 내려받을 수 있는 템플릿 기능을 제안했습니다. 영업팀과 개발팀에 이유를 설명하고, 가장 요청이 많았던 두 고객사와 시범 적용 일정을 잡았습니다.",
    "근태관리 서비스에 엑셀 내보내기 컬럼 추가 요청이 매달 스무 건 넘게 들어왔습니다. 요청한 인사 담당자 여섯 명이 실제로 파일을 쓰는 모습을 보니, 모두 급여 시스템 양식에 맞추려고 다시 편집하고 있었습니다. 그래서 컬럼을 계속 추가하는 대신 고객사별 급여 양식 템플릿으로 바로 내려받는 기능을 제안하고 출시했습니다. 그 결과 관련 요청은 월 스무 건에서 두 건으로 줄었고, 인사 담당자들이 월말 급여 정리에 쓰던 시간이 평균 3시간에서 40분으로 줄었다는 설문 결과가 나왔습니다.",
    "엑셀 컬럼 추가 요청이 매달 스무 건씩 왔지만, 담당자들이 파일을 급여 양식에 맞게 다시 편집하는 걸 보고 요청을 그대로 들어주지 않기로 했습니다. 컬럼을 더하면 당장은 빠르지만 요청은 끝없이 이어질 것이었기 때문에, 대신 급여 양식 템플릿을 만들었습니다. 관련 요청은 월 두 건으로 줄었고 급여 정리 시간은 3시간에서 40분이 됐습니다. 다만 초기에 영업팀과 충분히 공유하지 않아 반발이 있었고, 이후로는 방향을 바꿀 때 영업팀을 먼저 설득합니다.",
  ],
  generic:
    "저는 사용자 요청을 단순히 기능 목록으로 보지 않고, 그 뒤에 숨은 근본적인 니즈를 파악하는 것을 중요하게 생각합니다. 항상 사용자의 입장에서 문제를 다시 정의하고, 데이터와 인사이트를 바탕으로 더 나은 해결책을 제안해 왔습니다. 이해관계자들과 적극적으로 소통하며 설득했고, 그 결과 사용자 만족도와 비즈니스 성과를 모두 높일 수 있었습니다.",
  spoken:
    "어 근태관리 서비스에 엑셀 내보내기 컬럼 추가 요청이 매달 스무 건 넘게 들어왔는데요 요청한 인사 담당자 여섯 명이 실제로 파일 쓰는 걸 보니까 그 다들 급여 시스템 양식에 맞추려고 다시 편집하고 있더라고요 그래서 컬럼을 계속 추가하는 대신에 고객사별 급여 양식 템플릿으로 바로 내려받는 기능을 제안하고 출시했고 음 그 결과 관련 요청은 월 스무 건에서 두 건으로 줄었고 인사 담당자들이 월말 급여 정리에 쓰던 시간이 평균 세 시간에서 사십 분으로 줄었다는 설문 결과가 나왔습니다",
  translated: {
    question:
      "Have you ever proposed a different solution instead of building a user request as asked? Tell me why you decided that way and what the result was.",
    levels: [
      "When HR managers kept asking us to add more columns to the Excel export in our time-and-attendance product, I sat with six of them over screen share and watched what they did with the exported file. Most of them were reformatting it by hand to fit their payroll system's template. So instead of adding columns, I proposed a template feature: a customer sets up its payroll format once and downloads straight into it. I explained the reasoning to sales and engineering and scheduled a pilot with the two customers who had asked the most.",
      "We were getting more than twenty requests a month to add columns to the Excel export in our time-and-attendance product. When I watched six of the HR managers actually use the file, they were all re-editing it to fit their payroll system's format. So instead of adding more columns, I proposed and shipped a feature that downloads directly into each customer's payroll template. As a result, related requests fell from twenty a month to two, and a survey showed the time HR managers spent on month-end payroll prep dropped from three hours on average to forty minutes.",
      "We got twenty requests a month for more Excel columns, but when I saw the HR managers re-editing the file to fit their payroll format, I decided not to build the request as asked. Adding columns would have been quicker in the short term, but the requests would never end, so we built payroll templates instead. Related requests fell to two a month and payroll prep went from three hours to forty minutes. I hadn't brought the sales team along early enough, though, and there was pushback, so now I win sales over first whenever we change direction.",
    ],
  },
};
