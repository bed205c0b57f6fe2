import { withMailDispatch } from "@/inngest/mail-dispatch";
import { clientIpHeader, getAuth } from "@/lib/auth/better-auth";
import { getClientIp } from "@/lib/http/client-ip";
import { methodsNotServed } from "@/lib/http/methods-not-served";

// GET|POST /api/auth/* – better-auth: sign-in, sign-out and session endpoints. Mail its callbacks
// queue (reset, verification, invitation) is dispatched once it has answered.
export const GET = withMailDispatch(async (req: Request) =>
  (await getAuth()).handler(withClientIp(req)),
);

export const POST = withMailDispatch(async (req: Request) =>
  (await getAuth()).handler(withClientIp(req)),
);

/** better-auth limits sign-ins per IP: give it the address the API trusts, never a client's claim. */
function withClientIp(req: Request): Request {
  const headers = new Headers(req.headers);
  headers.delete(clientIpHeader);
  const ip = getClientIp(req);
  if (ip) headers.set(clientIpHeader, ip);
  return new Request(req, { headers });
}

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
