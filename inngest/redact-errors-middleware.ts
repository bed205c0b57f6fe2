import "server-only";
import { Middleware } from "inngest";
import { carriesDatabaseValues, describeError } from "@/lib/observability/redact-error";

/** Rethrows a database error as its redacted line, keeping every other error as it was thrown. */
async function rethrowRedacted(next: () => Promise<unknown>): Promise<unknown> {
  try {
    return await next();
  } catch (error) {
    if (!carriesDatabaseValues(error)) throw error;
    throw new Error(describeError(error));
  }
}

/**
 * Inngest stores a failed step's or run's error (message and stack) and shows it in its dashboard;
 * a database error would take the bound values (emails, résumés, answers) there with it.
 */
export class RedactErrorsMiddleware extends Middleware.BaseMiddleware {
  readonly id = "redact-errors";

  wrapStepHandler({ next }: Middleware.WrapStepHandlerArgs) {
    return rethrowRedacted(next);
  }

  wrapFunctionHandler({ next }: Middleware.WrapFunctionHandlerArgs) {
    return rethrowRedacted(next);
  }
}
