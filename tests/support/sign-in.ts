// A recruiter's browser session: signs in through the better-auth handler and returns the cookie.
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { callRoute } from "./call-route";
import { testPassword } from "./factories";

export async function signInForCookie(email: string): Promise<string> {
  const result = await callRoute(authPost, {
    path: "/api/auth/sign-in/email",
    json: { email, password: testPassword },
    headers: { origin: "http://localhost:3000" },
  });
  const cookie = result.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  if (result.status !== 200 || !/session_token=/.test(cookie)) {
    throw new Error(`Sign-in as ${email} failed with ${result.status}.`);
  }
  return cookie;
}
