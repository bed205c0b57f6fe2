// The only app module that reads process.env: every variable is validated here, at start.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
// Relative, not "@/": next.config.mjs loads this file with Node itself.
import { databaseEnvShape } from "../db/env.mjs";

const websocketUrl = z
  .url()
  .refine((value) => /^wss?:\/\//.test(value), "must be a ws:// or wss:// URL");

// Settings that start fine but lose data or take jobs nowhere.
const vercelRequired = {
  DATABASE_URL:
    "is required on Vercel: without it each instance keeps its own embedded database on a disk that is thrown away (use Postgres with pgvector)",
  BETTER_AUTH_SECRET:
    "is required on Vercel: sessions must be signed with one secret on every instance (generate one: openssl rand -base64 32)",
  APP_URL:
    "is required on Vercel: invite links and sign-in origins must name the public URL (e.g. https://interviews.example.com)",
};

/** @param {Record<string, unknown>} values */
function deploySafetyIssues(values) {
  const issues = [];
  if (values.VERCEL) {
    for (const [name, message] of Object.entries(vercelRequired)) {
      if (!values[name]) issues.push({ path: [name], message });
    }
  }
  if (values.NODE_ENV === "production" && values.INNGEST_DEV) {
    issues.push({
      path: ["INNGEST_DEV"],
      message:
        "must not be set in production: it sends jobs to a local dev server and accepts unsigned calls to /api/inngest",
    });
  }
  // A deployment has a database of its own; the embedded default (PGlite) is a trial or a test run.
  if (values.WEBHOOKS_ALLOW_LOCAL && (values.VERCEL || values.DATABASE_URL)) {
    issues.push({
      path: ["WEBHOOKS_ALLOW_LOCAL"],
      message:
        "is only for the embedded default (no DATABASE_URL, not on Vercel): it lets a workspace aim webhooks at this machine",
    });
  }
  if (values.INNGEST_EVENT_KEY && !values.INNGEST_SIGNING_KEY) {
    issues.push({
      path: ["INNGEST_SIGNING_KEY"],
      message:
        "is required with INNGEST_EVENT_KEY: without it Inngest cannot call /api/inngest, so events are sent and never run",
    });
  }
  return issues;
}

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    ...databaseEnvShape,
    APP_URL: z.url().optional(),
    // Next's own port setting; links fall back to it when APP_URL is unset (the seed's invite URL).
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    // Who may create an account: "invite-only" (people join by a workspace's invitation) or
    // "open" (anyone may create a new workspace once their email is verified).
    SIGN_UP_MODE: z.enum(["invite-only", "open"]).default("invite-only"),
    // The code /setup asks for before creating the first owner; unset, it is derived from the auth
    // secret and printed at start (the same on every instance).
    SETUP_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    // Origins of identity providers on a private network that workspaces may register for SSO
    // ("https://sso.corp.internal,https://10.0.0.5:8443"); public IdPs need no entry.
    SSO_PRIVATE_ISSUER_ORIGINS: z
      .string()
      .default("")
      .transform((list) =>
        list
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    // Outgoing mail over SMTP (smtp://user:pass@host:587, smtps://…:465). Unset, messages are kept in
    // the database and listed on the operator page.
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default("Interview Platform <no-reply@localhost>"),
    INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    MAX_JSON_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
    UPSTASH_REDIS_REST_URL: z.url().optional(),
    UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
    CACHE_MODE: z.enum(["auto", "off"]).default("auto"),
    CACHE_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(300),
    CACHE_MEMORY_MAX_ENTRIES: z.coerce.number().int().min(10).default(10_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(100),
    // Sign-in attempts per account in 10 minutes, from any number of addresses (production only).
    SIGN_IN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_CHAT_MODEL: z.string().min(1).default("gpt-4o-mini"),
    OPENAI_EMBEDDING_MODEL: z.string().min(1).default("text-embedding-3-small"),
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_DEV: z.stringbool().optional(),
    EXCELLENT_ANSWER_SCORE: z.coerce.number().int().min(0).max(100).default(85),
    // Interviews a scoring change is replayed on before it may apply (the last N evaluated).
    SCORING_REPLAY_SAMPLE: z.coerce.number().int().min(1).max(200).default(50),
    DATA_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
    DEEPGRAM_API_KEY: z.string().min(1).optional(),
    DEEPGRAM_BASE_URL: z.url().default("https://api.deepgram.com"),
    // The browser opens this socket itself, so it can differ from the server's REST base (tests, proxies).
    DEEPGRAM_LISTEN_URL: websocketUrl.default("wss://api.deepgram.com/v1/listen"),
    DEEPGRAM_MODEL: z.string().min(1).default("nova-3"),
    // Deepgram only checks the token when the socket opens, so it just has to outlive the connect;
    // it opens any number of sockets until then, so tokens × TTL bounds the opening time.
    STT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(60).default(10),
    // Silence after the last word before the page offers "Done? Next question" (Deepgram's
    // utterance_end_ms: at least 1000, it counts gaps between words, not audio).
    STT_UTTERANCE_END_MS: z.coerce.number().int().min(1000).max(5000).default(2500),
    // Aura-2 voice per language base, "en=aura-2-thalia-en,de=aura-2-julius-de". A language
    // without a voice here (Korean: Aura-2 has none) is read by the browser's speech synthesis.
    DEEPGRAM_TTS_VOICES: z
      .string()
      .regex(
        /^([a-z]{2}=aura-[\w-]+)(,[a-z]{2}=aura-[\w-]+)*$/,
        "must be lang=model pairs, comma-separated",
      )
      .default("en=aura-2-thalia-en"),
    // Follow-ups after each main answer when the position does not set its own (0 turns them off).
    FOLLOW_UPS_PER_QUESTION: z.coerce.number().int().min(0).max(3).default(1),
    LIVEKIT_URL: websocketUrl.optional(),
    LIVEKIT_API_KEY: z.string().min(1).optional(),
    LIVEKIT_API_SECRET: z.string().min(1).optional(),
    LIVEKIT_VIDEO: z.stringbool().default(false),
    // Recordings: on local disk under RECORDINGS_DIR unless an S3-compatible bucket is set (S3, R2,
    // MinIO: endpoint optional for AWS). LiveKit Egress uploads there too, so it needs the bucket.
    RECORDINGS_DIR: z.string().min(1).default(".data/recordings"),
    RECORDINGS_S3_BUCKET: z.string().min(1).optional(),
    RECORDINGS_S3_REGION: z.string().min(1).default("us-east-1"),
    RECORDINGS_S3_ENDPOINT: z.url().optional(),
    RECORDINGS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    RECORDINGS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    // Path-style URLs (bucket in the path): MinIO and most self-hosted S3 need them.
    RECORDINGS_S3_FORCE_PATH_STYLE: z.stringbool().default(false),
    // Lifetime of a signed link to a recording, for the recruiter's player.
    RECORDING_URL_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    // Cosine similarity above which an answer is flagged as close to another candidate's or a
    // banked one (a signal to look at; it changes no score).
    SIMILAR_ANSWER_THRESHOLD: z.coerce.number().min(0.5).max(1).default(0.92),
    MEDIA_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(900).default(600),
    // Vercel sets VERCEL=1 in builds and functions; see deploySafetyIssues.
    VERCEL: z.stringbool().optional(),
    // Budgets per interview, durations, retention, token expiry.
    STT_TOKENS_PER_INTERVIEW: z.coerce.number().int().min(1).max(10_000).default(200),
    MAX_INTERVIEW_DURATION_MINUTES: z.coerce
      .number()
      .int()
      .min(10)
      .max(7 * 24 * 60)
      .default(240),
    MAX_TRANSCRIPT_SEGMENTS_PER_INTERVIEW: z.coerce.number().int().min(10).default(5_000),
    MAX_TRANSCRIPT_CHARS_PER_INTERVIEW: z.coerce.number().int().min(1_000).default(300_000),
    FOLLOW_UP_MODEL_CALLS_PER_INTERVIEW: z.coerce.number().int().min(0).max(1_000).default(60),
    // Bytes are counted in a 32-bit column: 1 GiB is the most one interview may be allowed.
    RECORDING_MAX_BYTES_PER_INTERVIEW: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 ** 3)
      .default(100 * 1024 * 1024),
    RECORDINGS_PER_INTERVIEW: z.coerce.number().int().min(1).max(10_000).default(200),
    JOB_RUNS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    RETENTION_INTERVAL_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    API_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(90),
    // The per-IP limit runs before authentication, so it is generous enough
    // for an office behind one NAT. TRUSTED_PROXY_HOPS: proxies in front that append to
    // X-Forwarded-For (Vercel's own header is used there instead).
    RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Lets webhook endpoints point at this machine (http://127.0.0.1, localhost) for development
    // and tests; other private addresses stay refused. Refused with DATABASE_URL or on Vercel.
    WEBHOOKS_ALLOW_LOCAL: z.stringbool().default(false),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // Sessions signed with a secret nobody configured would not survive a second instance.
  createFinalSchema: (shape) =>
    z.object(shape).superRefine((values, ctx) => {
      if (Boolean(values.UPSTASH_REDIS_REST_URL) !== Boolean(values.UPSTASH_REDIS_REST_TOKEN)) {
        ctx.addIssue({
          code: "custom",
          path: [
            values.UPSTASH_REDIS_REST_URL ? "UPSTASH_REDIS_REST_TOKEN" : "UPSTASH_REDIS_REST_URL",
          ],
          message: "is required with the other UPSTASH_REDIS_REST_* variable",
        });
      }
      const livekit = ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"];
      const missingLivekit = livekit.filter((name) => !values[name]);
      if (missingLivekit.length > 0 && missingLivekit.length < livekit.length) {
        for (const name of missingLivekit) {
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "is required with the other LIVEKIT_* variables (set all three or none)",
          });
        }
      }
      if (values.DATABASE_URL && !values.BETTER_AUTH_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: ["BETTER_AUTH_SECRET"],
          message: "is required when DATABASE_URL is set (generate one: openssl rand -base64 32)",
        });
      }
      for (const issue of deploySafetyIssues(values)) ctx.addIssue({ code: "custom", ...issue });
    }),
  onValidationError: (issues) => {
    const lines = issues.map((issue) => {
      const name = issue.path
        ?.map((part) => (typeof part === "object" ? part.key : part))
        .join(".");
      return `  ${name ?? "(unknown)"}: ${issue.message}`;
    });
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  },
});
