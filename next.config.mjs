// Importing env here makes a bad environment fail `next dev`, `next build` and `next start` at once.
import { env } from "./lib/env.mjs";

void env;

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-pgvector", "pg"],
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  // Security headers that never change, on every response. The page CSP and
  // Permissions-Policy depend on the runtime env and carry a nonce, so proxy.ts sets them.
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      // The invite token is in the candidate's URL: no request may carry it to another site.
      { key: "Referrer-Policy", value: "no-referrer" },
      // frame-ancestors covers current browsers; this covers the ones that predate it.
      { key: "X-Frame-Options", value: "DENY" },
      ...(env.NODE_ENV === "production"
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ];
    // API answers are JSON, never documents: nothing may load from them or frame them.
    const apiPolicy = "default-src 'none'; frame-ancestors 'none'";
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiPolicy }] },
    ];
  },
};

export default nextConfig;
