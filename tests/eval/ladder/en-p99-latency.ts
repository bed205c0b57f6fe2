import type { LadderQuestion } from "./types";

export const enP99Latency: LadderQuestion = {
  language: "en",
  competency: "problem-solving",
  question:
    "An API endpoint's p99 latency has doubled since yesterday's deploy, but the average looks normal. How would you investigate?",
  levels: [
    "Honestly I would probably just roll back and hope it goes away.",
    "Latency problems can come from many places, like the code, the database or the network. I would look at the monitoring and try to understand what changed. Usually it's something in the deploy, so you need to be careful and methodical, and communicate with the team while you investigate.",
    "We had almost exactly this last spring. Our search endpoint's p99 went from about 300 ms to 650 ms the morning after a release, while the mean stayed flat around 80 ms. The release had around twenty commits in it from three teams, including a dependency bump and a change to how we logged requests. Support hadn't heard any complaints yet, but a couple of enterprise customers have latency SLAs in their contracts, so it was taken seriously.",
    "Since only the tail moved, I'd look for something that hits a small share of requests hard rather than everything a little. I'd split p99 by route, by instance and by response size to see whether the slow requests share something. Then I'd diff the deploy for anything that's conditional: a new code path for large payloads, a lock, a retry, a changed pool size. When this happened to our search endpoint I pulled traces for the slowest one percent, saw they all waited on the same connection pool, and found that the release had halved the pool size in a config refactor. I restored the setting and added the pool size to our deploy checklist.",
    "When our search endpoint's p99 doubled from 300 to 650 ms after a release with the mean flat, I reasoned that only a few requests were getting much slower, so I pulled traces for the slowest one percent instead of looking at averages. They all spent most of their time waiting for a database connection. Diffing the config in the release, I found a refactor had dropped the pool from 40 connections to 20, which only hurt during bursts. I restored it and added a pool-wait metric with an alert. p99 went back to 310 ms within an hour of the fix, and pool wait time dropped from 200 ms at peak to under 5 ms.",
    "A doubled p99 with a normal mean means a minority of requests got much slower, so I'd look at those requests, not the averages. On our search endpoint I pulled traces for the slowest one percent: all of them were waiting on the connection pool, which a config refactor had cut from 40 to 20. Rolling back the whole release was the quick option, but it would also have reverted two urgent fixes, so I patched the pool size alone. p99 fell from 650 back to 310 ms. The real gap was that nothing watched pool saturation, so I added a pool-wait alert, and now I review config diffs as carefully as code.",
  ],
  generic:
    "I have a lot of experience investigating performance issues in production. My approach is always data-driven: I check the dashboards, look at the logs and traces, and systematically narrow down the root cause. I make sure to communicate clearly with stakeholders while the investigation is ongoing. Once the issue is fixed, I always put monitoring and alerting in place so it doesn't happen again. I believe a calm, structured approach is the key to solving these problems quickly.",
  spoken:
    "yeah so when our search endpoint's p ninety nine doubled from like three hundred to six hundred and fifty milliseconds after a release and the mean was flat i kind of reasoned that only a few requests were getting much slower so i pulled traces for the slowest one percent instead of looking at averages and um they all spent most of their time waiting for a database connection and diffing the config in the release i found a refactor had dropped the pool from forty connections to twenty which only hurt during bursts so i restored it and added a pool wait metric with an alert and p ninety nine went back to three hundred and ten milliseconds within an hour of the fix and the pool wait time dropped from two hundred milliseconds at peak to under five",
  translated: {
    question:
      "어제 배포 이후 API 엔드포인트의 p99 지연 시간이 두 배가 되었는데 평균은 정상으로 보입니다. 어떻게 조사하시겠습니까?",
    levels: [
      "꼬리 지연만 움직였으니 모든 요청이 조금씩 느려진 게 아니라 일부 요청이 크게 느려진 원인을 찾겠습니다. 먼저 p99를 라우트, 인스턴스, 응답 크기별로 나눠서 느린 요청들에 공통점이 있는지 보겠습니다. 그다음 배포 변경분에서 조건부로 동작하는 부분, 예를 들어 큰 페이로드용 새 코드 경로, 락, 재시도, 바뀐 풀 크기 같은 것을 확인하겠습니다. 실제로 검색 엔드포인트에서 이런 일이 있었을 때 가장 느린 1% 요청의 트레이스를 뽑아 보니 모두 같은 커넥션 풀에서 대기하고 있었고, 설정 리팩터링에서 풀 크기가 절반으로 줄어든 것을 찾았습니다. 저는 설정을 되돌리고 배포 체크리스트에 풀 크기 항목을 추가했습니다.",
      "배포 후 검색 엔드포인트의 p99가 300ms에서 650ms로 두 배가 됐는데 평균은 그대로였을 때, 일부 요청만 크게 느려졌다고 보고 평균 대신 가장 느린 1% 요청의 트레이스를 뽑았습니다. 그 요청들은 대부분의 시간을 DB 커넥션을 기다리는 데 쓰고 있었습니다. 배포에 포함된 설정 변경을 비교해 보니 리팩터링 과정에서 풀이 40개에서 20개로 줄어 있었고, 트래픽이 몰릴 때만 문제가 됐습니다. 저는 값을 되돌리고 풀 대기 시간 지표와 알림을 추가했습니다. 수정 후 한 시간 안에 p99는 310ms로 돌아왔고, 피크 시 풀 대기 시간은 200ms에서 5ms 미만으로 줄었습니다.",
      "p99가 두 배인데 평균이 정상이라면 소수의 요청이 훨씬 느려진 것이니, 평균이 아니라 그 요청들을 봐야 합니다. 검색 엔드포인트에서 가장 느린 1%의 트레이스를 뽑아 보니 전부 커넥션 풀에서 대기 중이었고, 설정 리팩터링으로 풀이 40에서 20으로 줄어 있었습니다. 배포 전체를 롤백하는 게 빠른 방법이었지만 그러면 급한 수정 두 건도 같이 되돌려지기 때문에, 저는 풀 크기만 패치했습니다. p99는 650ms에서 310ms로 돌아왔습니다. 진짜 빈틈은 풀 포화를 아무도 지켜보지 않았다는 점이라 풀 대기 알림을 추가했고, 이후로는 설정 변경도 코드만큼 꼼꼼히 리뷰합니다.",
    ],
  },
};
