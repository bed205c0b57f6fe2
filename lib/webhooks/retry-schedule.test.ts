import { describe, expect, it } from "vitest";
import { nextRetryAt } from "./retry-schedule";

const start = new Date("2026-12-07T00:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("nextRetryAt", () => {
  it("backs off 30 s, 2 min, 10 min, 1 h, 3 h and then every 4 h", () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map(
      (attempts) =>
        (nextRetryAt({ attempts, firstAttemptAt: start, now: start })?.getTime() ?? 0) -
        start.getTime(),
    );
    expect(waits).toEqual([
      30_000, 120_000, 600_000, 3_600_000, 10_800_000, 14_400_000, 14_400_000,
    ]);
  });

  it("gives up once the next try would fall more than 24 h after the first attempt", () => {
    expect(nextRetryAt({ attempts: 8, firstAttemptAt: start, now: at(20 * 3_600_000) })).toEqual(
      at(24 * 3_600_000),
    );
    expect(
      nextRetryAt({ attempts: 8, firstAttemptAt: start, now: at(20 * 3_600_000 + 1) }),
    ).toBeNull();
  });
});
