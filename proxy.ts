import { type NextRequest, NextResponse } from "next/server";
import { buildContentSecurityPolicy, buildPermissionsPolicy } from "@/lib/http/security-headers";

// Every page gets a fresh CSP nonce. Next reads the policy from the request headers and puts the
// nonce on the scripts it renders, which is why the root layout renders each page per request.
// The headers that never vary (nosniff, Referrer-Policy, HSTS) come from next.config.mjs.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = buildContentSecurityPolicy({ nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Permissions-Policy", buildPermissionsPolicy());
  return response;
}

export const config = {
  // Pages only: API responses, build assets and public/ files get their fixed headers from
  // next.config.mjs.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|favicon.svg|robots.txt).*)"],
};
