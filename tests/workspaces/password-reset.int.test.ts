import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as authGet } from "@/app/api/auth/[...all]/route";
import { GET as listPositions } from "@/app/api/positions/route";
import { callRoute } from "@/tests/support/call-route";
import { createTenant, testPassword } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { callAuth } from "./auth-calls";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServer } = await import("@/tests/support/smtp-test-server");
  const server = await startSmtpTestServer();
  process.env.SMTP_URL = server.url;
  return server;
});
afterAll(() => smtp.close());

const mailTo = (address: string) =>
  smtp.envelopes.flatMap((envelope, index) =>
    envelope.to.includes(address) ? [smtp.received[index]] : [],
  );

const requestReset = (email: string) =>
  callAuth("/request-password-reset", { json: { email, redirectTo: "/reset-password" } });

const signIn = (email: string, password: string) =>
  callAuth("/sign-in/email", { json: { email, password } });

/** Follows the emailed link as a browser does: better-auth's callback redirects to the page. */
async function followResetLink(text: string): Promise<string> {
  const link = /http:\/\/localhost:3000(\/api\/auth\/reset-password\/\S+)/.exec(text)?.[1];
  if (!link) throw new Error("The reset mail holds no link.");
  const redirect = await callRoute(authGet, { path: link });
  expect(redirect.status).toBe(302);
  const location = new URL(redirect.headers.get("location") ?? "", "http://localhost:3000");
  expect(location.pathname).toBe("/reset-password");
  return location.searchParams.get("token") ?? "";
}

describe("password reset by email", () => {
  it("works once through the emailed link, and signs out the sessions opened before it", async () => {
    const { recruiter } = await createTenant();
    const otherSession = await signInForCookie(recruiter.email);
    expect((await callRoute(listPositions, { cookie: otherSession })).status).toBe(200);

    expect((await requestReset(recruiter.email)).status).toBe(200);
    const [mail, ...more] = mailTo(recruiter.email);
    expect(more).toEqual([]);
    const token = await followResetLink(mail?.text ?? "");
    expect(token).not.toBe("");

    const newPassword = "a-brand-new-passphrase";
    const reset = () => callAuth("/reset-password", { json: { token, newPassword } });
    expect((await reset()).status).toBe(200);
    expect((await reset()).status).toBe(400);

    expect((await callRoute(listPositions, { cookie: otherSession })).status).toBe(401);
    expect((await signIn(recruiter.email, testPassword)).status).toBe(401);
    expect((await signIn(recruiter.email, newPassword)).status).toBe(200);
  });

  it("refuses a link older than an hour", async () => {
    const { recruiter } = await createTenant();
    await requestReset(recruiter.email);
    const token = await followResetLink(mailTo(recruiter.email)[0]?.text ?? "");
    const sentAt = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(sentAt + 61 * 60_000);
      const late = await callAuth("/reset-password", {
        json: { token, newPassword: "too-late-passphrase" },
      });
      expect(late.status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
    expect((await signIn(recruiter.email, testPassword)).status).toBe(200);
  });

  it("answers an unknown address exactly like a known one, and sends it nothing", async () => {
    const { recruiter } = await createTenant();
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    const known = await requestReset(recruiter.email);
    const stranger = await requestReset(unknown);
    expect({ status: stranger.status, body: stranger.body }).toEqual({
      status: known.status,
      body: known.body,
    });
    expect(mailTo(recruiter.email)).toHaveLength(1);
    expect(mailTo(unknown)).toHaveLength(0);
  });

  it("refuses a fourth reset request for one address within the hour, without sending it", async () => {
    const { recruiter } = await createTenant();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await requestReset(recruiter.email)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(mailTo(recruiter.email)).toHaveLength(3);
    // The limit counts per address: another address is not held back by this one's requests.
    const other = await createTenant();
    expect((await requestReset(other.recruiter.email)).status).toBe(200);
  });
});
