import { afterEach, describe, expect, it, vi } from "vitest";
import { createTenant } from "@/tests/support/factories";
import { announceSetupCodeIfNeeded } from "./announce-setup-code";
import { deriveSetupCode } from "./setup-code";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("announceSetupCodeIfNeeded (at server start)", () => {
  it("prints the setup code in one line while nobody exists, and nothing once someone does", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await announceSetupCodeIfNeeded();
    expect(info.mock.calls).toEqual([
      [
        `First run: open /setup and enter the setup code ${deriveSetupCode("test-secret-0123456789-abcdefghijklmnop")}`,
      ],
    ]);

    await createTenant();
    info.mockClear();
    await announceSetupCodeIfNeeded();
    expect(info).not.toHaveBeenCalled();
  });
});
