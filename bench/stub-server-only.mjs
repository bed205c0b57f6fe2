// `tsx --import ./bench/stub-server-only.mjs`: lets a benchmark load modules marked
// `import "server-only"` without the react-server condition, under which React Email's render
// throws (docs/email.md), as Vitest's setup does for the tests.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
