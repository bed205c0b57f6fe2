import "server-only";
import { env } from "@/lib/env.mjs";
import { ApiError } from "./api-error";
import { readBodyText } from "./read-body-with-limit";

/** Reads a JSON body with a size limit, streaming so an oversized body is never fully buffered. */
export async function parseJson(
  req: Request,
  options: { maxBytes?: number } = {},
): Promise<unknown> {
  const maxBytes = options.maxBytes ?? env.MAX_JSON_BODY_BYTES;
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new ApiError({
      code: "unsupported_media_type",
      message: "Send the body as JSON with Content-Type: application/json.",
    });
  }
  const text = await readBodyText(req, { maxBytes });
  if (text.trim() === "") {
    throw new ApiError({ code: "bad_request", message: "The request body is empty." });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ code: "bad_request", message: "The request body is not valid JSON." });
  }
}
