// Secrets stay on the server: after `next build`, no file under .next/static (what browsers
// download) may name one of our secret variables or contain a secret's value from the build's env.
// BETTER_AUTH_SECRET is checked by value only: better-auth's client bundles a generic env reader
// that names it (and finds nothing in a browser).
import fs from "node:fs/promises";
import path from "node:path";

const secretNames = [
  "DEEPGRAM_API_KEY",
  "LIVEKIT_API_KEY",
  "LIVEKIT_API_SECRET",
  "OPENAI_API_KEY",
  "UPSTASH_REDIS_REST_TOKEN",
  "INNGEST_SIGNING_KEY",
  "INNGEST_EVENT_KEY",
  "DATABASE_URL",
];

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

async function main() {
  const staticDir = path.resolve(".next/static");
  const needles = [
    ...secretNames,
    ...[...secretNames, "BETTER_AUTH_SECRET"].flatMap((name) => {
      const value = process.env[name];
      return value && value.length >= 8 ? [value] : [];
    }),
  ];
  let files = 0;
  const leaks: string[] = [];
  for await (const file of walk(staticDir)) {
    files += 1;
    const content = await fs.readFile(file, "utf8");
    for (const needle of needles) {
      if (content.includes(needle)) {
        const what = secretNames.includes(needle) ? needle : "the value of a secret variable";
        leaks.push(`${path.relative(staticDir, file)} contains ${what}`);
      }
    }
  }
  if (files === 0)
    throw new Error("No client bundle under .next/static: run `npm run build` first.");
  if (leaks.length > 0) throw new Error(`Secrets in the client bundle:\n${leaks.join("\n")}`);
  console.info(`ok - no secret name or value in ${files} client files under .next/static`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
