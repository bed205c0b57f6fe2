import { describe, expect, it } from "vitest";
import type { InvitationLookup } from "./invitation-schema";
import { toInvitationStep } from "./invitation-step";

const now = new Date("2026-12-06T12:00:00Z");

function lookupOf(
  invitation: Partial<InvitationLookup["invitation"]> = {},
  accountExists = false,
): InvitationLookup {
  return {
    invitation: {
      id: "inv-1",
      workspaceName: "Acme",
      email: "Eve@Example.com",
      role: "evaluator",
      status: "pending",
      expiresAt: new Date("2026-12-10T00:00:00Z"),
      inviterName: "Olivia Owner",
      ...invitation,
    },
    accountExists,
  };
}

describe("toInvitationStep", () => {
  it("offers a new person to create their account", () => {
    expect(toInvitationStep({ lookup: lookupOf(), signedInEmail: null, now })).toBe(
      "create-account",
    );
  });

  it("sends a person with an account to sign in first", () => {
    expect(toInvitationStep({ lookup: lookupOf({}, true), signedInEmail: null, now })).toBe(
      "sign-in",
    );
  });

  it("lets the invited address accept once signed in, whatever its letter case", () => {
    const step = toInvitationStep({
      lookup: lookupOf({}, true),
      signedInEmail: "eve@example.com",
      now,
    });
    expect(step).toBe("accept-signed-in");
  });

  it("refuses another signed-in address", () => {
    const step = toInvitationStep({
      lookup: lookupOf({}, true),
      signedInEmail: "mallory@example.com",
      now,
    });
    expect(step).toBe("wrong-account");
  });

  it("calls a pending invitation past its expiry expired", () => {
    const lookup = lookupOf({ expiresAt: new Date("2026-12-06T11:59:59Z") });
    expect(toInvitationStep({ lookup, signedInEmail: "eve@example.com", now })).toBe("expired");
  });

  it.each([
    ["accepted", "accepted"],
    ["canceled", "withdrawn"],
    ["rejected", "withdrawn"],
    ["expired", "expired"],
  ] as const)("says a %s invitation is %s, even to its invitee", (status, step) => {
    const lookup = lookupOf({ status });
    expect(toInvitationStep({ lookup, signedInEmail: "eve@example.com", now })).toBe(step);
  });
});
