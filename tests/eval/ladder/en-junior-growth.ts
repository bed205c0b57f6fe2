import type { LadderQuestion } from "./types";

export const enJuniorGrowth: LadderQuestion = {
  language: "en",
  competency: "collaboration",
  question:
    "How have you helped a junior engineer grow? Share a specific example and what you learned from it.",
  levels: [
    "I haven't mentored anyone yet.",
    "I enjoy mentoring. I think the most important thing is to be patient and approachable, give juniors room to make their own mistakes, and be there when they need help. Pair programming and code reviews are great ways to help people grow.",
    "About two years ago a new graduate joined our payments team, which at the time was five people looking after the checkout flow, the refund service and a fairly old reconciliation job written in a mix of Python and shell scripts. She had done a bootcamp and one internship, mostly frontend work in React, and this was her first backend role. The codebase was not easy for newcomers: there was very little documentation, the test suite took forty minutes to run, and most of the knowledge lived in the heads of two people who had been there since the start. Our manager was stretched across two teams, so onboarding was informal, and the expectation was that people would pick things up from code reviews and by asking questions in the team channel. She was clearly capable but quiet, and in standups she would often say she was still investigating something she'd been on for several days. Around the same time we had a busy quarter, with a new payment provider to integrate and an audit coming up, so everyone was under some pressure and nobody had much spare time. Her first few pull requests were large and took a long time to get reviewed, and some of the review comments were fairly blunt. I was the person sitting next to her and had been on the team for about three years, so I was the one she tended to ask when she did ask. That was the situation when I started thinking about how to help her settle in.",
    "With a new graduate on our payments team who tended to stay stuck for days without asking, I set up a thirty-minute pairing slot with her twice a week and used it to work on her tickets, with her driving. I started splitting her work into smaller pull requests with her, so reviews came back faster, and I asked reviewers to label comments as blocking or optional. I also gave her ownership of a small piece, the refund notification emails, and let her present the design at our team review, after rehearsing it with me once.",
    "A new graduate on our payments team would stay stuck for days without asking. I paired with her twice a week with her driving, helped her split her work into small pull requests, and gave her the refund notification emails to own end to end, including presenting the design. Her median time from pull request to merge went from about four days to one, and within five months she was on the on-call rota and had shipped the refund emails, which cut refund-related support tickets by roughly a third.",
    "A graduate on our payments team stayed stuck for days rather than ask. I could have just answered faster, but that keeps someone dependent, so I paired twice a week with her driving and handed her the refund emails end to end. Her pull requests went from four days to merge to one; five months later she was on call and refund tickets were down a third. My lesson: I'd been mistaking quiet for slow. Now I ask new people how they prefer to get unstuck in week one.",
  ],
  generic:
    "Mentoring is something I'm really passionate about. I always make myself available to junior engineers, I'm patient, and I try to create a safe environment where they can ask questions. I give constructive feedback in code reviews and encourage them to take ownership. Seeing juniors grow into confident engineers is one of the most rewarding parts of my job, and it has also taught me a lot about communication and leadership.",
  spoken:
    "so uh a new graduate on our payments team would like stay stuck for days without asking and i paired with her twice a week with her driving helped her split her work into small pull requests and gave her the refund notification emails to own end to end including presenting the design and um her median time from pull request to merge went from about four days to one and within five months she was on the on call rota and had shipped the refund emails which cut refund related support tickets by roughly a third",
  translated: {
    question:
      "주니어 엔지니어의 성장을 어떻게 도우셨나요? 구체적인 예와 그 과정에서 배운 점을 말씀해 주세요.",
    levels: [
      "결제팀에 새로 온 신입이 며칠씩 막혀 있으면서도 잘 묻지 않았습니다. 저는 일주일에 두 번 30분씩 페어링 시간을 잡고, 그 시간에 신입이 직접 키보드를 잡고 자기 티켓을 진행하게 했습니다. 작업을 더 작은 풀 리퀘스트로 나누는 것도 같이 해서 리뷰가 빨리 돌아오게 했고, 리뷰어들에게는 코멘트에 필수인지 선택인지 표시해 달라고 부탁했습니다. 또 환불 알림 메일이라는 작은 영역을 맡기고, 저와 한 번 리허설한 뒤 팀 리뷰에서 설계를 직접 발표하게 했습니다.",
      "결제팀 신입이 막혀도 며칠씩 묻지 않고 있었습니다. 저는 일주일에 두 번 신입이 직접 코드를 치는 방식으로 페어링했고, 작업을 작은 풀 리퀘스트로 나누도록 도왔으며, 환불 알림 메일을 설계 발표까지 처음부터 끝까지 맡겼습니다. 풀 리퀘스트가 머지되기까지의 중간값이 약 4일에서 1일로 줄었고, 5개월 만에 온콜 당번에 들어갔으며, 직접 출시한 환불 메일 덕분에 환불 관련 문의가 약 3분의 1 줄었습니다.",
      "결제팀 신입이 묻지 않고 며칠씩 막혀 있었습니다. 제가 더 빨리 답해 주는 방법도 있었지만 그러면 계속 의존하게 되기 때문에, 일주일에 두 번 신입이 직접 코드를 치는 페어링을 하고 환불 메일을 통째로 맡겼습니다. 머지까지 4일 걸리던 풀 리퀘스트가 1일로 줄었고, 5개월 뒤에는 온콜에 들어갔으며 환불 문의는 3분의 1 줄었습니다. 제가 배운 것은 조용한 것을 느린 것으로 착각하고 있었다는 점입니다. 지금은 새로 온 사람에게 첫 주에 막혔을 때 어떤 식으로 도움받기를 원하는지 묻습니다.",
    ],
  },
};
