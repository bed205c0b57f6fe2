import type { IncomingHttpHeaders } from "node:http";

/**
 * The payload of an `aws-chunked` upload (how the SDK streams a body with a trailing checksum):
 * `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n` … `0\r\n<trailers>\r\n\r\n`. Other bodies pass.
 */
export function decodeAwsChunked(headers: IncomingHttpHeaders, body: Buffer): Buffer {
  const isChunked =
    String(headers["content-encoding"] ?? "").includes("aws-chunked") ||
    String(headers["x-amz-content-sha256"] ?? "").startsWith("STREAMING-");
  if (!isChunked) return body;
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    const lineEnd = body.indexOf("\r\n", offset);
    const size = Number.parseInt(
      body.subarray(offset, lineEnd).toString("latin1").split(";")[0] ?? "",
      16,
    );
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
