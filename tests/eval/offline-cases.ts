import type { CompetencyRubric } from "@/lib/rubrics/schemas";

// The offline suite's questions and answers, written for it (not the seed's demo answers): the
// genuine answers, the generic template and the filler that attacks start from.

export type Language = "en" | "ko";
export type Case = { language: Language; question: string; competency: string; answer: string };

export const cases: Case[] = [
  {
    language: "en",
    competency: "system-design",
    question:
      "Describe how you would design a rate limiter for a public API that runs across multiple servers. Which algorithm would you choose, and why?",
    answer:
      "At my last company I designed the rate limiter for our public REST API, which ran on 24 stateless servers behind a load balancer. First, I chose a sliding-window counter as the algorithm instead of a fixed window, because fixed windows let a client send double its quota at the boundary, and a token bucket per key was harder to explain in our docs. The counters lived in Redis, since every server had to see the same count; each request ran one Lua script that incremented the current and previous minute buckets and returned the weighted total atomically, so two servers could not both admit the last request. I keyed limits by API key and by route, for example 600 requests per minute for reads and 60 for writes. If Redis timed out after 20 ms, the servers failed open with a small local token bucket, because rejecting paying customers during a Redis blip was worse than briefly over-admitting. We returned 429 with Retry-After and X-RateLimit-Remaining headers so clients could back off. As a result, one scraper that had caused two incidents was capped without touching other tenants, and the limiter added under 2 ms at p99. I learned to load-test the limiter itself, since it sits on every request.",
  },
  {
    language: "en",
    competency: "problem-solving",
    question:
      "A nightly batch job that used to finish in one hour now takes six, and nobody has changed its code. How would you go about finding out why?",
    answer:
      "Since nobody changed the code, I would assume the job's inputs or environment changed, and I'd look for what the one-hour and six-hour runs do differently. First, I'd pull the job's own metrics for the last 30 nights: rows read per stage, duration per stage, and retries, to see whether the slowdown came gradually, which points at data growth, or overnight, which points at a change around the job. Then I'd check everything that changed without a code review: the input volume, the database's query plans, the instance type, library versions in the base image, and other jobs scheduled in the same window. In one case at a retailer, our nightly reconciliation went from 55 minutes to over five hours, and the stage timings showed a single join had become slow. EXPLAIN showed Postgres had switched to a nested loop after table statistics went stale, because autovacuum could not keep up with a new bulk import. We ran ANALYZE, raised the statistics target on that column, and scheduled the import after the batch job. As a result, the run went back to 50 minutes, and I added an alert when any stage takes twice its 7-day median, so we find out before the morning reports are late.",
  },
  {
    language: "en",
    competency: "communication",
    question:
      "A product manager asks you for a delivery date on a feature with a lot of unknowns. How would you respond?",
    answer:
      "I would not give a single date on the spot, because with that many unknowns any number I say becomes the commitment. Instead I'd tell the product manager when I can give a reliable date and what I need to get there. For example, on a billing feature at my last job, the unknowns were a partner API we had never used and a data migration of about 2 million invoices. First, I listed the unknowns and time-boxed a 3-day spike on the riskiest one, the partner API, since it could change the estimate the most. Then I gave a range instead of a date: 4 to 7 weeks, with the assumptions written next to it, and I explained which answers would narrow it. I also offered a smaller first release, invoices without refunds, that we could commit to in 3 weeks. I updated the range every Friday in our planning doc so she could plan marketing around it. As a result, after the spike the range narrowed to 5 to 6 weeks, we shipped in week 6, and she trusted later estimates because the range had been honest from the start. I learned that a delivery date with its assumptions attached is more useful to a product manager than a precise guess.",
  },
  {
    language: "ko",
    competency: "product-sense",
    question:
      "여러 팀에서 동시에 기능 요청이 들어와 모두 처리할 수 없는 상황이라면, 어떤 기준으로 우선순위를 정하시겠습니까?",
    answer:
      "먼저 요청을 한곳에 모아 같은 기준으로 비교할 수 있게 만들겠습니다. 이전 회사에서 영업, 고객지원, 마케팅 세 팀이 같은 분기에 기능 요청을 14건 보냈을 때 저는 각 요청에 영향받는 고객 수, 매출 영향, 개발 공수, 전략 목표와의 연결성을 적게 했습니다. 그다음 RICE 점수를 매겨 우선순위 초안을 만들었는데, 점수만으로 결정하지 않고 계약 갱신이 걸린 고객 요청처럼 기한이 있는 건은 따로 표시했습니다. 왜냐하면 점수가 낮아도 놓치면 되돌릴 수 없는 요청이 있기 때문입니다. 이후 각 팀 리더와 30분씩 만나 기준과 초안을 공유했고, 처리하지 못하는 요청은 이유와 다시 검토할 시점을 함께 전달했습니다. 예를 들어 마케팅 팀의 대시보드 요청은 다음 분기로 미루는 대신 임시로 CSV 내보내기를 제공했습니다. 그 결과 상위 5건을 8주 안에 출시했고, 분기 말 설문에서 요청 팀들의 만족도가 3.1점에서 4.2점으로 올랐습니다. 이 경험으로 우선순위의 기준을 먼저 합의하면 결정에 대한 갈등이 크게 줄어든다는 것을 배웠습니다.",
  },
  {
    language: "ko",
    competency: "data-analysis",
    question:
      "핵심 지표가 지난주 대비 갑자기 15% 하락했다는 보고를 받았다면, 원인을 어떤 순서로 파악하시겠습니까?",
    answer:
      "먼저 하락이 실제인지부터 확인하겠습니다. 지표 정의나 로그 수집이 바뀌면 숫자만 떨어지기 때문에, 지난주 배포 내역과 트래킹 이벤트 누락 여부를 데이터 엔지니어와 함께 점검합니다. 그다음 지표를 플랫폼, 유입 채널, 신규와 기존 사용자, 국가별로 나눠 하락이 어느 구간에 몰려 있는지 봅니다. 이전 회사에서 주간 구매 전환율이 15% 떨어졌을 때 이렇게 나눠 보니 안드로이드 신규 사용자에서만 40% 가까이 빠져 있었습니다. 그래서 같은 기간의 앱 릴리스를 확인했고, 새 버전에서 결제 화면에 주소 입력 단계가 추가된 것을 찾았습니다. 이후 퍼널을 단계별로 비교해 주소 입력 단계 이탈률이 12%에서 31%로 오른 것을 확인했고, 개발팀과 함께 주소 자동완성을 붙여 핫픽스를 배포했습니다. 결과적으로 2주 만에 전환율이 원래 수준으로 돌아왔습니다. 이후에는 주요 지표가 10% 이상 움직이면 세그먼트별 분해 리포트가 자동으로 생성되도록 대시보드를 바꿨습니다. 원인을 추측하기 전에 데이터의 신뢰성, 구간, 변화 시점 순서로 좁혀 가는 것이 가장 빠르다는 것을 배웠습니다.",
  },
  {
    language: "ko",
    competency: "communication",
    question:
      "출시 일정이 지연될 것이 확실해졌을 때, 이 사실을 이해관계자들에게 어떻게 전달하시겠습니까?",
    answer:
      "지연이 확실해지면 가능한 한 빨리, 새 일정과 선택지를 함께 알리겠습니다. 이전 회사에서 결제 연동 기능의 출시가 외부 PG사 인증 지연으로 3주 밀리게 되었을 때, 저는 확인한 당일에 영업, 마케팅, 고객지원 리더에게 먼저 짧게 공유했습니다. 왜냐하면 마케팅 캠페인과 고객 안내가 이미 잡혀 있어서 늦게 알릴수록 비용이 커지기 때문입니다. 그다음 하루 안에 한 페이지 문서를 만들어 지연 원인, 영향받는 고객 12곳, 새 출시일, 그리고 세 가지 선택지를 정리했습니다. 예를 들어 인증이 필요 없는 카드 결제만 먼저 출시하는 안, 전체를 3주 미루는 안, 추가 인력을 투입해 2주로 줄이는 안을 비용과 위험과 함께 비교했습니다. 이해관계자 회의에서 카드 결제 선출시 안으로 합의했고, 고객지원 팀에는 고객 문의에 쓸 답변 문구를 미리 전달했습니다. 결과적으로 주요 고객 12곳 중 이탈한 곳은 없었고, 캠페인은 1주만 조정했습니다. 이 경험으로 나쁜 소식일수록 빨리, 숫자와 선택지를 함께 전달해야 신뢰를 잃지 않는다는 것을 배웠습니다.",
  },
];

export const generic: Record<Language, string> = {
  en: "This is a great question and I have dealt with it many times in my career. For example, at a company with Kafka, Redis and Postgres, I led the team that owned the core platform. First, I analysed the problem carefully and talked to all the stakeholders, because alignment matters. Then we implemented a robust, scalable solution and monitored it closely. As a result, latency dropped from 900 ms to 120 ms and costs fell by 35%. I learned that ownership, communication and data-driven decisions are the key to success.",
  ko: "좋은 질문이라고 생각하며 저도 경력 동안 여러 번 경험했습니다. 예를 들어 Kafka, Redis, Postgres를 쓰는 회사에서 저는 핵심 플랫폼 팀을 이끌었습니다. 먼저 문제를 꼼꼼히 분석하고 모든 관계자와 이야기했습니다. 왜냐하면 방향을 맞추는 것이 중요하기 때문입니다. 그다음 확장 가능한 해결책을 구현하고 면밀히 모니터링했습니다. 그 결과 지연 시간이 900ms에서 120ms로 줄었고 비용은 35% 줄었습니다. 이 경험으로 주인의식과 소통, 데이터 기반 의사결정이 성공의 핵심이라는 것을 배웠습니다.",
};
export const filler: Record<Language, string[]> = {
  en: [
    "I believe that hard work and good communication are important in every team.",
    "I always try to do my best and to learn from the people around me.",
    "In my opinion it is important to stay positive and to keep improving every day.",
    "I think a good engineer listens carefully and works well with others.",
    "We should always keep the customer in mind when we make decisions.",
    "I am passionate about technology and I enjoy solving difficult problems.",
    "Teamwork makes the dream work, and I have seen that many times.",
    "I try to be honest, reliable and open to feedback in everything I do.",
  ],
  ko: [
    "저는 항상 최선을 다하는 것이 중요하다고 생각합니다.",
    "팀원들과 원활하게 소통하는 것이 무엇보다 중요합니다.",
    "저는 매일 조금씩 성장하기 위해 노력하고 있습니다.",
    "긍정적인 태도로 일하면 좋은 결과가 따라온다고 믿습니다.",
    "고객의 입장에서 생각하는 것이 가장 중요하다고 봅니다.",
    "저는 새로운 것을 배우는 것을 좋아하고 열정이 많습니다.",
    "어려운 문제도 함께 고민하면 해결할 수 있다고 생각합니다.",
    "정직하고 책임감 있게 일하는 사람이 되고 싶습니다.",
  ],
};

export const placeholderRubric = (competency: string): CompetencyRubric => ({
  competency,
  criteria: ["a", "b", "c"].map((key) => ({
    key: `criterion_${key}`,
    name: key,
    description: "Ignored offline.",
    anchors: { "1": "weak", "3": "fair", "5": "strong" },
  })),
});
