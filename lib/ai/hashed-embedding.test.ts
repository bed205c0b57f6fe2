import { describe, expect, it } from "vitest";
import { embedTextHashed } from "./hashed-embedding";

const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);
const norm = (a: number[]) => Math.sqrt(cosine(a, a));

const answer =
  "First I profiled the checkout service because p99 latency had reached 2.4 seconds. Then I added a Redis cache with a ten minute TTL, and latency fell to 380 ms.";
const nearCopy =
  "First, I profiled the checkout service because p99 latency had reached 2.4 seconds. Then I added a Redis cache with a ten-minute TTL and latency fell to 380ms.";
const unrelated =
  "Our team disagreed about the release date, so I set up a meeting where everyone explained their concerns and we agreed on a compromise.";
const koreanAnswer =
  "먼저 결제 서비스를 프로파일링했습니다. 그래서 Redis 캐시를 도입해 지연 시간을 380ms로 줄였습니다.";
// Spacing and punctuation drift, as two transcriptions of the same words differ.
const koreanNearCopy =
  "먼저 결제 서비스를 프로파일링 했습니다, 그래서 Redis 캐시를 도입해 지연시간을 380 ms로 줄였습니다";

describe("embedTextHashed", () => {
  it("returns 1536 dimensions with norm 1, even for an empty text", () => {
    for (const text of [answer, koreanAnswer, ""]) {
      const vector = embedTextHashed(text);
      expect(vector).toHaveLength(1536);
      expect(norm(vector)).toBeCloseTo(1, 10);
    }
  });

  it("puts near-verbatim duplicates above 0.95 and unrelated answers below 0.5", () => {
    expect(cosine(embedTextHashed(answer), embedTextHashed(nearCopy))).toBeGreaterThan(0.95);
    expect(cosine(embedTextHashed(koreanAnswer), embedTextHashed(koreanNearCopy))).toBeGreaterThan(
      0.95,
    );
    expect(cosine(embedTextHashed(answer), embedTextHashed(unrelated))).toBeLessThan(0.5);
    expect(cosine(embedTextHashed(answer), embedTextHashed(koreanAnswer))).toBeLessThan(0.5);
  });

  it("is deterministic", () => {
    expect(embedTextHashed(answer)).toEqual(embedTextHashed(answer));
  });
});
