import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const envModule = path.resolve(import.meta.dirname, "../env.mjs");

// A Deepgram token is a JWT good for any number of sockets until it expires, so what the budget
// bounds is the time in which a candidate can open sockets: tokens × lifetime.
describe("the default speech-to-text token budget", () => {
  it("lets an interview open sockets for at most 40 minutes in all (200 tokens of 10 s)", async () => {
    const script = `import(${JSON.stringify(envModule)}).then(({ env }) => console.log(JSON.stringify({ tokens: env.STT_TOKENS_PER_INTERVIEW, ttlSeconds: env.STT_TOKEN_TTL_SECONDS })))`;
    const { PATH, HOME } = process.env;
    const { stdout } = await run(process.execPath, ["-e", script], {
      env: { PATH, HOME, NODE_ENV: "development" },
    });
    const { tokens, ttlSeconds } = JSON.parse(stdout) as { tokens: number; ttlSeconds: number };
    expect({ tokens, ttlSeconds }).toEqual({ tokens: 200, ttlSeconds: 10 });
    expect((tokens * ttlSeconds) / 60).toBeLessThanOrEqual(40);
  });
});
