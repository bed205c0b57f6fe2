import "server-only";
import { carriesDatabaseValues, redactError } from "./redact-error";

const methods = ["error", "warn", "info", "log", "debug"] as const;
type ConsoleLike = Pick<Console, (typeof methods)[number]>;

const patched = new WeakSet<ConsoleLike>();

/**
 * Next logs what a page or a route outside `routeHandler` throws with `console.error(error)`, and
 * libraries log their own way: a database error among any console arguments is printed redacted.
 */
export function redactDatabaseErrorsInConsole(target: ConsoleLike = console): void {
  // Once per console: `next dev` re-runs instrumentation on reloads.
  if (patched.has(target)) return;
  patched.add(target);
  for (const method of methods) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) =>
      original(...args.map((arg) => (carriesDatabaseValues(arg) ? redactError(arg) : arg)));
  }
}
