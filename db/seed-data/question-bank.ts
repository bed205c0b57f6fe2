// Demo seed question bank: Senior Backend Engineer (en) and 프로덕트 매니저 (ko) interview questions.

export type SeedQuestion = {
  content: string;
  category: "technical" | "behavioral" | "situational";
  competency: string;
  language: "en" | "ko";
};

export const seedQuestions: readonly SeedQuestion[] = [
  // Senior Backend Engineer — system-design
  {
    content:
      "How would you design a URL shortening service that handles millions of redirects per day? Walk me through the main components and the trade-offs you would consider.",
    category: "technical",
    competency: "system-design",
    language: "en",
  },
  {
    content:
      "Describe how you would design a rate limiter for a public API that runs across multiple servers. Which algorithm would you choose, and why?",
    category: "technical",
    competency: "system-design",
    language: "en",
  },
  {
    content:
      "How would you design a notification system that delivers email, SMS, and push messages reliably, without sending duplicates when a downstream provider fails?",
    category: "technical",
    competency: "system-design",
    language: "en",
  },
  {
    content:
      "When would you split a monolith into separate services, and when would you argue against it? Explain using an example from your own experience.",
    category: "technical",
    competency: "system-design",
    language: "en",
  },
  {
    content:
      "How would you approach designing the data model and storage layer for a multi-tenant SaaS application where some tenants are much larger than others?",
    category: "technical",
    competency: "system-design",
    language: "en",
  },
  {
    content:
      "Walk me through how you would add caching to a read-heavy service. How would you keep the cache consistent with the database, and what failure modes would you plan for?",
    category: "technical",
    competency: "system-design",
    language: "en",
  },
  {
    content:
      "Imagine traffic to one of your services is expected to grow tenfold over the next six months. How would you decide what to change in its architecture first?",
    category: "situational",
    competency: "system-design",
    language: "en",
  },

  // Senior Backend Engineer — problem-solving
  {
    content:
      "Tell me about the hardest production bug you have tracked down. How did you narrow down the cause, and what did you change afterward to prevent it from happening again?",
    category: "behavioral",
    competency: "problem-solving",
    language: "en",
  },
  {
    content:
      "An API endpoint's p99 latency has doubled since yesterday's deploy, but the average looks normal. How would you investigate?",
    category: "situational",
    competency: "problem-solving",
    language: "en",
  },
  {
    content:
      "Describe a time you had to solve a problem with incomplete or conflicting information. How did you decide when you knew enough to act?",
    category: "behavioral",
    competency: "problem-solving",
    language: "en",
  },
  {
    content:
      "A nightly batch job that used to finish in one hour now takes six, and nobody has changed its code. How would you go about finding out why?",
    category: "situational",
    competency: "problem-solving",
    language: "en",
  },
  {
    content:
      "Tell me about a time your first solution to a problem turned out to be wrong. How did you realize it, and what did you do next?",
    category: "behavioral",
    competency: "problem-solving",
    language: "en",
  },
  {
    content:
      "Users report that they occasionally see stale data right after updating their profile, but you cannot reproduce it locally. How would you approach this?",
    category: "situational",
    competency: "problem-solving",
    language: "en",
  },

  // Senior Backend Engineer — communication
  {
    content:
      "Tell me about a time you had to explain a complex technical trade-off to a non-technical stakeholder. How did you make sure they understood what was at stake?",
    category: "behavioral",
    competency: "communication",
    language: "en",
  },
  {
    content:
      "Describe a design document or technical proposal you wrote that changed how your team approached a problem. How did you structure it to win people over?",
    category: "behavioral",
    competency: "communication",
    language: "en",
  },
  {
    content:
      "You are in the middle of a production incident and leadership keeps asking for updates. How would you keep them informed without slowing down the people fixing it?",
    category: "situational",
    competency: "communication",
    language: "en",
  },
  {
    content:
      "Tell me about a time a misunderstanding about requirements caused problems on a project. What happened, and what do you do differently now?",
    category: "behavioral",
    competency: "communication",
    language: "en",
  },
  {
    content:
      "How do you approach giving feedback in code reviews, especially when you strongly disagree with the approach someone has taken?",
    category: "behavioral",
    competency: "communication",
    language: "en",
  },
  {
    content:
      "A product manager asks you for a delivery date on a feature with a lot of unknowns. How would you respond?",
    category: "situational",
    competency: "communication",
    language: "en",
  },

  // Senior Backend Engineer — collaboration
  {
    content:
      "Tell me about a time you disagreed with a teammate on a technical decision. How did you resolve it, and what was the outcome?",
    category: "behavioral",
    competency: "collaboration",
    language: "en",
  },
  {
    content:
      "Describe a project where you worked closely with frontend, mobile, or data teams. How did you coordinate API contracts and changes between teams?",
    category: "behavioral",
    competency: "collaboration",
    language: "en",
  },
  {
    content:
      "How have you helped a junior engineer grow? Share a specific example and what you learned from it.",
    category: "behavioral",
    competency: "collaboration",
    language: "en",
  },
  {
    content:
      "Another team depends on a service you own and keeps asking for changes that don't fit its design. How would you handle the situation?",
    category: "situational",
    competency: "collaboration",
    language: "en",
  },
  {
    content:
      "Tell me about a time you needed help from a team that had different priorities than yours. How did you get their support?",
    category: "behavioral",
    competency: "collaboration",
    language: "en",
  },
  {
    content:
      "You join a team whose practices around testing and code review are weaker than what you're used to. How would you go about improving them without alienating anyone?",
    category: "situational",
    competency: "collaboration",
    language: "en",
  },

  // Senior Backend Engineer — ownership
  {
    content:
      "Tell me about a time you took responsibility for something outside your formal job description because you saw it needed to be done.",
    category: "behavioral",
    competency: "ownership",
    language: "en",
  },
  {
    content:
      "Describe an outage or serious mistake you were responsible for. How did you handle it in the moment, and what did you do afterward?",
    category: "behavioral",
    competency: "ownership",
    language: "en",
  },
  {
    content:
      "Tell me about a piece of technical debt you decided to pay down. How did you justify the investment, and how did you measure whether it was worth it?",
    category: "behavioral",
    competency: "ownership",
    language: "en",
  },
  {
    content:
      "You inherit a critical service with no documentation, flaky tests, and frequent pages. What would you do in your first month?",
    category: "situational",
    competency: "ownership",
    language: "en",
  },
  {
    content:
      "Tell me about a project you drove from an idea all the way to production. What were the hardest decisions you had to make along the way?",
    category: "behavioral",
    competency: "ownership",
    language: "en",
  },
  {
    content:
      "Two days before a launch, you discover a flaw that could corrupt a small fraction of customer data. Fixing it properly will delay the release. What would you do?",
    category: "situational",
    competency: "ownership",
    language: "en",
  },

  // Senior Backend Engineer — technical-depth
  {
    content:
      "Explain how database transaction isolation levels work, and describe a real situation where the choice of isolation level mattered.",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },
  {
    content:
      "How do you make an operation idempotent in a distributed system? Walk me through a concrete example, such as processing payments or webhook events.",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },
  {
    content:
      "A query that used to be fast is now slow. Walk me through how you would use the query plan and indexes to diagnose and fix it.",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },
  {
    content:
      "What does exactly-once delivery really mean when working with message queues like Kafka or SQS, and how do you design consumers to cope with the guarantees those systems actually provide?",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },
  {
    content:
      "Explain how you would safely roll out a database schema migration on a large, heavily used table without downtime.",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },
  {
    content:
      "Describe how connection pooling works and what can go wrong with it under heavy load. How would you size a pool for a service?",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },
  {
    content:
      "What are the main trade-offs between strong and eventual consistency? Give an example of a feature where you would choose each.",
    category: "technical",
    competency: "technical-depth",
    language: "en",
  },

  // 프로덕트 매니저 — product-sense
  {
    content:
      "가장 좋아하는 제품 하나를 골라 그 제품이 왜 잘 만들어졌다고 생각하시는지, 그리고 본인이라면 무엇을 개선하고 싶으신지 말씀해 주세요.",
    category: "behavioral",
    competency: "product-sense",
    language: "ko",
  },
  {
    content:
      "직접 기획하신 기능 중 사용자 반응이 기대에 미치지 못했던 사례가 있으신가요? 원인을 어떻게 분석하셨고 이후 어떻게 대응하셨나요?",
    category: "behavioral",
    competency: "product-sense",
    language: "ko",
  },
  {
    content:
      "여러 팀에서 동시에 기능 요청이 들어와 모두 처리할 수 없는 상황이라면, 어떤 기준으로 우선순위를 정하시겠습니까?",
    category: "situational",
    competency: "product-sense",
    language: "ko",
  },
  {
    content:
      "새로운 시장이나 고객층을 대상으로 제품을 출시한다고 가정할 때, 고객의 핵심 문제를 어떻게 정의하고 검증하시겠습니까?",
    category: "situational",
    competency: "product-sense",
    language: "ko",
  },
  {
    content:
      "사용자 요청을 그대로 반영하지 않고 다른 해결책을 제시하셨던 경험이 있으신가요? 그렇게 판단하신 이유와 결과를 말씀해 주세요.",
    category: "behavioral",
    competency: "product-sense",
    language: "ko",
  },

  // 프로덕트 매니저 — data-analysis
  {
    content:
      "제품의 성공 여부를 판단하기 위해 어떤 지표를 설정하셨는지, 그 지표를 선택하신 이유와 함께 구체적인 사례를 들어 설명해 주세요.",
    category: "behavioral",
    competency: "data-analysis",
    language: "ko",
  },
  {
    content:
      "핵심 지표가 지난주 대비 갑자기 15% 하락했다는 보고를 받았다면, 원인을 어떤 순서로 파악하시겠습니까?",
    category: "situational",
    competency: "data-analysis",
    language: "ko",
  },
  {
    content:
      "A/B 테스트를 설계하고 결과를 해석하셨던 경험을 말씀해 주세요. 결과가 예상과 다르게 나왔을 때는 어떻게 판단하셨나요?",
    category: "behavioral",
    competency: "data-analysis",
    language: "ko",
  },
  {
    content:
      "데이터와 사용자 인터뷰 결과가 서로 다른 방향을 가리킬 때, 어떻게 의사결정을 내리시나요? 실제 경험이 있다면 함께 말씀해 주세요.",
    category: "behavioral",
    competency: "data-analysis",
    language: "ko",
  },
  {
    content:
      "신규 기능을 출시했는데 사용률은 높지만 리텐션에는 변화가 없다면, 이 상황을 어떻게 분석하고 다음 단계를 결정하시겠습니까?",
    category: "situational",
    competency: "data-analysis",
    language: "ko",
  },

  // 프로덕트 매니저 — communication
  {
    content:
      "경영진이나 이해관계자를 설득해 제품 방향을 바꾸셨던 경험이 있으신가요? 어떤 방식으로 설득하셨는지 말씀해 주세요.",
    category: "behavioral",
    competency: "communication",
    language: "ko",
  },
  {
    content:
      "개발팀에 요구사항을 전달할 때 오해를 줄이기 위해 어떤 방식으로 문서를 작성하고 소통하시나요?",
    category: "behavioral",
    competency: "communication",
    language: "ko",
  },
  {
    content:
      "출시 일정이 지연될 것이 확실해졌을 때, 이 사실을 이해관계자들에게 어떻게 전달하시겠습니까?",
    category: "situational",
    competency: "communication",
    language: "ko",
  },
  {
    content:
      "기술적인 배경이 없는 고객이나 영업팀에게 복잡한 제품 변경 사항을 설명해야 했던 경험을 말씀해 주세요.",
    category: "behavioral",
    competency: "communication",
    language: "ko",
  },

  // 프로덕트 매니저 — collaboration
  {
    content:
      "디자이너나 개발자와 의견이 크게 달랐던 경험이 있으신가요? 갈등을 어떻게 해결하셨고 결과는 어떠했나요?",
    category: "behavioral",
    competency: "collaboration",
    language: "ko",
  },
  {
    content: "개발팀이 제안하신 기능이 기술적으로 어렵다며 반대한다면, 어떻게 대응하시겠습니까?",
    category: "situational",
    competency: "collaboration",
    language: "ko",
  },
  {
    content:
      "마케팅, 영업, 고객지원 등 여러 부서와 함께 제품을 출시하셨던 경험을 말씀해 주세요. 협업 과정에서 가장 어려웠던 점은 무엇이었나요?",
    category: "behavioral",
    competency: "collaboration",
    language: "ko",
  },
  {
    content: "새로운 팀에 합류하셨을 때 팀원들과 신뢰를 쌓기 위해 어떤 노력을 하셨나요?",
    category: "behavioral",
    competency: "collaboration",
    language: "ko",
  },
];
