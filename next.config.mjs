// Importing env here makes a bad environment fail `next dev`, `next build` and `next start` at once.
import { env } from "./lib/env.mjs";

void env;

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-pgvector", "pg"],
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
};

export default nextConfig;
