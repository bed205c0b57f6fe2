import "server-only";
import { ApiError } from "./api-error";

/** Query parameters as a plain object for zod; a repeated key is ambiguous, so it is refused. */
export function readSearchParams(req: Request): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of new URL(req.url).searchParams) {
    if (Object.hasOwn(result, key)) {
      throw new ApiError({ code: "bad_request", message: `Query parameter "${key}" is repeated.` });
    }
    result[key] = value;
  }
  return result;
}
