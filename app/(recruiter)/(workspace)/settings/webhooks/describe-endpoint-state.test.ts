import { describe, expect, it } from "vitest";
import { describeEndpointState } from "./describe-endpoint-state";
import type { WebhookEndpointView } from "./webhook-endpoint-types";

const endpoint: WebhookEndpointView = {
  id: "endpoint-1",
  url: "https://hooks.example.com/in",
  description: "",
  events: ["report.ready"],
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  failingSince: null,
  previousSecretExpiresAt: null,
  createdAt: "2026-12-01T08:00:00.000Z",
};

describe("describeEndpointState", () => {
  it("calls an enabled endpoint without failures active", () => {
    expect(describeEndpointState(endpoint)).toEqual({ tone: "active", text: "Active" });
  });

  it("says since when an enabled endpoint has been failing, in UTC", () => {
    expect(
      describeEndpointState({ ...endpoint, failingSince: "2026-12-05T14:30:00.000Z" }),
    ).toEqual({ tone: "failing", text: "Failing since Dec 5, 2026, 2:30 PM UTC" });
  });

  it("says a disabled endpoint is disabled, since when and why, even if it was failing", () => {
    expect(
      describeEndpointState({
        ...endpoint,
        enabled: false,
        failingSince: "2026-12-02T00:00:00.000Z",
        disabledAt: "2026-12-05T00:00:00.000Z",
        disabledReason: "Every delivery failed for 3 days",
      }),
    ).toEqual({
      tone: "disabled",
      text: "Disabled since Dec 5, 2026, 12:00 AM UTC: Every delivery failed for 3 days",
    });
  });
});
