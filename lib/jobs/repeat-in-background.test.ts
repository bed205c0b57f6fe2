import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { repeatInBackground } from "./repeat-in-background";

const hourMs = 60 * 60 * 1000;

describe("repeatInBackground", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs shortly after start and then again every interval, without a restart", async () => {
    const run = vi.fn(async () => {});
    const stop = repeatInBackground({
      name: "maintenance",
      run,
      intervalMs: hourMs,
      firstDelayMs: 10_000,
      random: () => 0.5,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(hourMs);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(24 * hourMs);
    expect(run).toHaveBeenCalledTimes(26);
    stop();
    await vi.advanceTimersByTimeAsync(5 * hourMs);
    expect(run).toHaveBeenCalledTimes(26);
  });

  it("spreads the runs by up to the jitter around the interval", async () => {
    const run = vi.fn(async () => {});
    const stop = repeatInBackground({
      name: "maintenance",
      run,
      intervalMs: hourMs,
      firstDelayMs: 0,
      random: () => 1,
    });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1.1 * hourMs - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
  });

  it("never starts a run while the previous one is still going", async () => {
    let finish: () => void = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = repeatInBackground({
      name: "maintenance",
      run,
      intervalMs: hourMs,
      firstDelayMs: 0,
    });
    await vi.advanceTimersByTimeAsync(10 * hourMs);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1.2 * hourMs);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
  });

  it("logs a failed run as one line without its values and keeps the schedule", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const run = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error("the database is down"))
      .mockResolvedValue(undefined);
    const stop = repeatInBackground({
      name: "maintenance",
      run,
      intervalMs: hourMs,
      firstDelayMs: 0,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toHaveLength(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^maintenance failed: .*the database is down/);
    await vi.advanceTimersByTimeAsync(1.2 * hourMs);
    expect(run).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    stop();
  });
});
