import "server-only";
import { env } from "@/lib/env.mjs";
import { ApiError } from "./api-error";

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
  const declaredLength = Number(req.headers.get("content-length") ?? "0");
  if (declaredLength > maxBytes) throw tooLarge(maxBytes);

  const text = await readTextWithLimit(req, maxBytes);
  if (text.trim() === "") {
    throw new ApiError({ code: "bad_request", message: "The request body is empty." });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ code: "bad_request", message: "The request body is not valid JSON." });
  }
}

async function readTextWithLimit(req: Request, maxBytes: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError({
    code: "payload_too_large",
    message: `The request body is larger than ${maxBytes} bytes.`,
  });
}
