// The Deepgram fake as its own process, for browser tests that need it outside vitest:
//   npx tsx tests/support/deepgram-fake-cli.ts [--api-key k] [--port n] [--idle-timeout-ms n]
//     [--bytes-per-step n] [--words-per-step n]
// prints one JSON line {url, wsUrl, apiKey}, then takes one JSON command per line on stdin and
// answers each with one JSON line: {"cmd":"setScript","lines":[…]}, {"cmd":"closeAll","code":1011},
// {"cmd":"expireAllTokens"}, {"cmd":"reset"}, {"cmd":"stats"} → {ok, counts, grants, connections}.
// It exits when stdin closes or on SIGTERM/SIGINT.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { startDeepgramFakeServer } from "./deepgram-fake-server";

const positiveInt = z.coerce.number().int().positive().optional();
const argsSchema = z.object({
  "api-key": z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65_535).optional(),
  "idle-timeout-ms": positiveInt,
  "bytes-per-step": positiveInt,
  "words-per-step": positiveInt,
});

const commandSchema = z.discriminatedUnion("cmd", [
  z.object({ cmd: z.literal("setScript"), lines: z.array(z.string()) }),
  z.object({
    cmd: z.literal("closeAll"),
    code: z.number().int().optional(),
    reason: z.string().max(120).optional(),
  }),
  z.object({ cmd: z.literal("expireAllTokens") }),
  z.object({ cmd: z.literal("reset") }),
  z.object({ cmd: z.literal("stats") }),
]);

const { values } = parseArgs({
  options: Object.fromEntries(
    Object.keys(argsSchema.shape).map((name) => [name, { type: "string" as const }]),
  ),
});
const args = argsSchema.parse(values);
const fake = await startDeepgramFakeServer({
  apiKey: args["api-key"],
  port: args.port,
  idleTimeoutMs: args["idle-timeout-ms"],
  bytesPerStep: args["bytes-per-step"],
  wordsPerStep: args["words-per-step"],
});
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
print({ url: fake.url, wsUrl: fake.wsUrl, apiKey: fake.apiKey });

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (!line.trim()) return;
  let parsed: z.infer<typeof commandSchema>;
  try {
    parsed = commandSchema.parse(JSON.parse(line));
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues[0]?.message : "invalid JSON";
    return print({ ok: false, error: `Unknown command: ${message}` });
  }
  try {
    print(runCommand(parsed));
  } catch (error) {
    // e.g. a close code the WebSocket protocol forbids sending (1005).
    print({ ok: false, cmd: parsed.cmd, error: error instanceof Error ? error.message : "failed" });
  }
});

function runCommand(command: z.infer<typeof commandSchema>) {
  if (command.cmd === "setScript") fake.setScript(command.lines);
  if (command.cmd === "closeAll") fake.closeAll(command.code, command.reason);
  if (command.cmd === "expireAllTokens") fake.expireAllTokens();
  if (command.cmd === "reset") fake.reset();
  if (command.cmd === "stats") {
    const { counts, grants, connections } = fake;
    return { ok: true, cmd: "stats", counts, grants, connections };
  }
  return { ok: true, cmd: command.cmd };
}

const shutDown = async () => {
  await fake.close();
  process.exit(0);
};
lines.on("close", shutDown);
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
