import type { LadderQuestion } from "./types";

export const enTechDebt: LadderQuestion = {
  language: "en",
  competency: "ownership",
  question:
    "Tell me about a piece of technical debt you decided to pay down. How did you justify the investment, and how did you measure whether it was worth it?",
  levels: [
    "Not really, we never had time for that.",
    "Technical debt builds up in every codebase, and it's important to pay it down regularly. I usually try to convince the team and the product manager that it's worth it because it makes us faster in the long run. Measuring it can be tricky, but you can look at things like velocity.",
    "At my last company our invoicing code was a single 6,000-line module that had grown over about seven years. Every change to tax rules or invoice formats touched it, and two or three times a quarter a change there caused a billing bug that reached customers. The product manager's roadmap was full of new features for the next two quarters, and the engineering manager had said publicly that we didn't have room for refactoring projects.",
    "I picked the invoicing module because it was where our billing bugs came from. To justify it, I went through the last year of incident reports and tickets and showed that most billing bugs and a good share of the team's unplanned work traced back to that one file. I proposed doing it incrementally instead of a rewrite: extracting tax calculation first behind tests, then invoice formatting, one piece per sprint alongside feature work. I agreed with the product manager on what we would measure before starting: billing bugs reaching customers and the time it takes to ship a tax rule change.",
    "Our 6,000-line invoicing module caused two or three customer-facing billing bugs a quarter. I went through a year of incidents and showed that 70% of billing bugs and about a fifth of our unplanned work came from it, and proposed extracting it piece by piece behind characterisation tests, one slice per sprint. The product manager agreed to two measures up front. Over the next two quarters billing bugs reaching customers went from seven to one, and a tax rule change went from about eight days to two, which we used to ship two country launches earlier than planned.",
    "Our invoicing module produced most of our billing bugs, so I argued for paying it down with a year of incident data rather than a gut feeling: 70% of billing bugs came from it. I rejected a full rewrite, which would have frozen features for a quarter, and extracted it slice by slice behind characterisation tests instead. We agreed the measures up front; customer-facing billing bugs fell from seven to one over two quarters and tax changes from eight days to two. In hindsight I should have tracked on-call pages too, because that's what convinced the engineers, not the managers.",
  ],
  generic:
    "I'm a strong believer in managing technical debt proactively. I always make a clear business case for refactoring by connecting it to developer productivity, reliability and customer impact. I work closely with product managers to find the right balance between new features and code quality, and I use metrics to track the impact of the work. In my experience, investing in code health always pays off in the long run and keeps the team motivated.",
  spoken:
    "so our six thousand line invoicing module caused like two or three customer facing billing bugs a quarter and i went through a year of incidents and showed that seventy percent of billing bugs and about a fifth of our unplanned work came from it and um i proposed extracting it piece by piece behind characterisation tests one slice per sprint and the product manager agreed to two measures up front and over the next two quarters billing bugs reaching customers went from seven to one and a tax rule change went from about eight days to two which we used to ship two country launches earlier than planned",
  translated: {
    question:
      "직접 해소하기로 결정했던 기술 부채에 대해 말씀해 주세요. 그 투자를 어떻게 정당화하셨고, 가치가 있었는지는 어떻게 측정하셨나요?",
    levels: [
      "청구 버그가 나오는 곳이 인보이스 모듈이었기 때문에 그 모듈을 골랐습니다. 설득을 위해 지난 1년 치 장애 보고서와 티켓을 살펴보고, 청구 버그 대부분과 팀의 계획 외 작업 상당 부분이 그 파일 하나에서 나온다는 것을 보여 줬습니다. 전면 재작성 대신 점진적으로 하자고 제안했습니다. 먼저 세금 계산을 테스트로 감싸 분리하고, 그다음 인보이스 서식을 분리하는 식으로 스프린트마다 기능 개발과 함께 한 조각씩 진행하는 방식이었습니다. 시작하기 전에 프로덕트 매니저와 고객에게 도달한 청구 버그 수와 세금 규칙 변경 배포에 걸리는 시간을 측정하기로 합의했습니다.",
      "6,000줄짜리 인보이스 모듈 때문에 분기마다 고객에게 보이는 청구 버그가 두세 건씩 났습니다. 저는 1년 치 장애를 분석해서 청구 버그의 70%와 계획 외 작업의 약 5분의 1이 이 모듈에서 나온다는 것을 보여 줬고, 특성화 테스트를 둔 채 스프린트마다 한 조각씩 분리하자고 제안했습니다. 프로덕트 매니저와는 두 가지 지표를 미리 합의했습니다. 이후 두 분기 동안 고객에게 도달한 청구 버그는 7건에서 1건으로, 세금 규칙 변경은 약 8일에서 2일로 줄었고, 덕분에 두 국가 출시를 계획보다 앞당길 수 있었습니다.",
      "청구 버그 대부분이 인보이스 모듈에서 나왔기 때문에, 감이 아니라 1년 치 장애 데이터로 부채 해소를 주장했습니다. 청구 버그의 70%가 그 모듈에서 나왔습니다. 한 분기 동안 기능 개발을 멈춰야 하는 전면 재작성은 택하지 않고, 특성화 테스트를 두고 한 조각씩 분리했습니다. 측정 지표는 미리 합의했고, 두 분기 동안 고객에게 도달한 청구 버그는 7건에서 1건으로, 세금 규칙 변경은 8일에서 2일로 줄었습니다. 돌이켜 보면 온콜 호출 건수도 함께 추적했어야 했습니다. 매니저가 아니라 엔지니어들을 설득한 건 바로 그 부분이었기 때문입니다.",
    ],
  },
};
