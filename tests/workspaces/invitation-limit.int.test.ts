// The app cannot be used to flood inboxes: invitations are limited per workspace per hour.
import { describe, expect, it } from "vitest";
import { emailMessages } from "@/db/schema";
import { mailLimits } from "@/lib/auth/account-mail-limits";
import { countRows } from "@/tests/support/count-rows";
import { createTenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { callAuth } from "./auth-calls";

describe("invitations per workspace", () => {
  it("refuses the invitation past the hourly allowance with 429 and sends nothing for it; another workspace is unaffected", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const cookie = await signInForCookie(tenant.recruiter.email);
    const invite = (from: string) =>
      callAuth("/organization/invite-member", {
        cookie: from,
        json: { email: `invitee-${crypto.randomUUID()}@example.com`, role: "evaluator" },
      });
    for (let sent = 0; sent < mailLimits.invitationsPerWorkspace.limit; sent += 1) {
      expect((await invite(cookie)).status).toBe(200);
    }
    const before = await countRows(emailMessages);
    const refused = await invite(cookie);
    expect(refused.status).toBe(429);
    expect(await countRows(emailMessages)).toBe(before);

    const otherCookie = await signInForCookie(other.recruiter.email);
    expect((await invite(otherCookie)).status).toBe(200);
  }, 60_000);
});
