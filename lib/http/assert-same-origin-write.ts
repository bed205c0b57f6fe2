import "server-only";
import { ApiError } from "./api-error";
import { getAppOrigins } from "./app-origins";

const stateChangingMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Refuses a cookie-authenticated write that a page on another site could have made the browser
 * send (CSRF), body-less POSTs included. Bearer-token requests pass: a browser never attaches an
 * Authorization header on its own, and a cross-site page cannot add one without a CORS preflight
 * this app never answers.
 */
export function assertSameOriginWrite(req: Request): void {
  if (!stateChangingMethods.has(req.method)) return;
  if (req.headers.has("authorization") || !req.headers.has("cookie")) return;
  // Fetch metadata is the browser's own verdict; Origin covers browsers that do not send it.
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const isSameOrigin = site
    ? site === "same-origin"
    : origin !== null && getAppOrigins(req).includes(origin);
  if (isSameOrigin) return;
  throw new ApiError({
    code: "forbidden",
    message: "Cross-site request refused: send it from the app's own pages or with a bearer token.",
  });
}
