import "server-only";
import { ApiError } from "./api-error";

/** Reads a raw body up to a size limit, streaming, so an oversized body is never fully buffered. */
export async function readBodyWithLimit(
  req: Request,
  options: { maxBytes: number },
): Promise<Buffer> {
  const tooLarge = new ApiError({
    code: "payload_too_large",
    message: `The request body is larger than ${options.maxBytes} bytes.`,
  });
  if (Number(req.headers.get("content-length") ?? "0") > options.maxBytes) throw tooLarge;
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > options.maxBytes) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as the exact text sent, with a size limit: signed webhooks verify these bytes. */
export async function readBodyText(req: Request, options: { maxBytes: number }): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readBodyWithLimit(req, options));
}
