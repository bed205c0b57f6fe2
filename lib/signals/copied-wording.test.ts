import { describe, expect, it } from "vitest";
import { measureCopiedWording } from "./copied-wording";

const original =
  "First, I profiled the checkout service with Datadog because p99 latency had reached 2.4 seconds. Then I found that every request loaded the full catalogue from Postgres, so I added a Redis cache with a 10 minute TTL. As a result, p99 latency fell to 380 ms during the Black Friday peak.";
const honest =
  "Our search API timed out during a sales campaign. I traced the slow calls with OpenTelemetry and saw that one query scanned the orders table without an index, so I added a composite index and paged the results. Median latency dropped from 1.8 seconds to 240 ms.";

describe("measureCopiedWording", () => {
  it("counts a copy padded with a framing sentence as a copy", () => {
    const padded = `That is a great question, and it reminds me of my last job. ${original}`;
    expect(measureCopiedWording(padded, original)).toMatchObject({ share: 1, isCopy: true });
  });

  it("counts an answer three quarters copied and partly reworded as a copy", () => {
    // The first three sentences as they were, the last one in the candidate's own words.
    const partial =
      "First, I profiled the checkout service with Datadog because p99 latency had reached 2.4 seconds. Then I found that every request loaded the full catalogue from Postgres, so I added a Redis cache with a 10 minute TTL. In the end our pages were much quicker and the sales team was happy with it.";
    const measured = measureCopiedWording(partial, original);
    expect(measured.isCopy).toBe(true);
    expect(measured.share).toBeGreaterThan(0.6);
    expect(measured.share).toBeLessThan(0.95);
  });

  it("does not count two honest answers to the same question", () => {
    const measured = measureCopiedWording(honest, original);
    expect(measured.isCopy).toBe(false);
    expect(measured.share).toBeLessThan(0.1);
  });

  it("does not count a short shared phrase, and compares Korean words too", () => {
    expect(measureCopiedWording("as a result p99 latency fell", original).isCopy).toBe(false);
    const korean =
      "결제 서비스의 지연 시간이 2.4초까지 늘어서 먼저 Datadog으로 프로파일링했습니다. 모든 요청이 전체 카탈로그를 Postgres에서 읽는 것을 찾아 Redis 캐시를 10분 TTL로 추가했습니다. 그 결과 p99 지연 시간이 380ms로 줄었습니다.";
    expect(measureCopiedWording(`좋은 질문입니다. ${korean}`, korean).isCopy).toBe(true);
  });
});
