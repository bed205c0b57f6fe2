// A small S3-compatible server on loopback, path-style, for the storage tests: PutObject,
// GetObject (with Range, and presigned), DeleteObject, ListObjectsV2 and DeleteObjects as
// @aws-sdk/client-s3 sends them. No S3 server installs here (MinIO is not in Debian), and the
// real SDK is the thing under test. Signatures are checked for shape and access key id, not
// recomputed: the SDK's signer is AWS's own code, our part is handing it the right credentials.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import { decodeAwsChunked } from "./s3-fake-chunked";
import { deleteResultXml, errorXml, listResultXml, parseDeleteKeys } from "./s3-fake-xml";

export type S3FakeServer = {
  endpoint: string;
  bucket: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  /** Every request as method, path (with query) and how it was signed. */
  requests: { method: string; path: string; signedBy: "header" | "query" }[];
  close(): Promise<void>;
};

const authorizationPattern =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/[\w-]+\/s3\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/;

export async function startS3FakeServer(options: {
  bucket: string;
  accessKeyId: string;
  /** At most this many keys per ListObjectsV2 page, so tests reach the paginator's second page. */
  listPageSize?: number;
}): Promise<S3FakeServer> {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: S3FakeServer["requests"] = [];
  const listPageSize = options.listPageSize ?? 1000;

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/xml", ...headers });
      res.end(body);
    };
    const signature = checkSignature(req, url, options.accessKeyId);
    if ("refused" in signature) {
      send(403, errorXml("SignatureDoesNotMatch", signature.refused));
      return;
    }
    const { signedBy } = signature;
    requests.push({ method: req.method ?? "", path: `${url.pathname}${url.search}`, signedBy });
    const [, bucket, ...keyParts] = url.pathname.split("/");
    if (bucket !== options.bucket) return send(404, errorXml("NoSuchBucket", "No such bucket."));
    const key = keyParts.map(decodeURIComponent).join("/");
    const body = await buffer(req);

    if (req.method === "GET" && !key && url.searchParams.get("list-type") === "2") {
      const prefix = url.searchParams.get("prefix") ?? "";
      const maxKeys = Math.min(Number(url.searchParams.get("max-keys") ?? 1000), listPageSize);
      const after = url.searchParams.get("continuation-token") ?? "";
      const matching = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = matching.slice(0, maxKeys);
      const isTruncated = matching.length > page.length;
      const contents = page.map((k) => ({ key: k, size: objects.get(k)?.body.length ?? 0 }));
      return send(200, listResultXml({ bucket, prefix, contents, isTruncated }));
    }
    if (req.method === "POST" && !key && url.searchParams.has("delete")) {
      const keys = parseDeleteKeys(body.toString("utf8"));
      for (const deleted of keys) objects.delete(deleted);
      return send(200, deleteResultXml());
    }
    if (req.method === "PUT" && key) {
      const contentType = req.headers["content-type"] ?? "application/octet-stream";
      objects.set(key, { body: decodeAwsChunked(req.headers, body), contentType });
      return send(200, "", { etag: '"fake"' });
    }
    if (req.method === "DELETE" && key) {
      objects.delete(key);
      return send(204, "");
    }
    if (req.method === "GET" && key) {
      const object = objects.get(key);
      if (!object) return send(404, errorXml("NoSuchKey", "The specified key does not exist."));
      const range = req.headers.range?.match(/^bytes=(\d+)-(\d*)$/);
      if (!range) {
        return send(200, object.body, {
          "content-type": object.contentType,
          "content-length": String(object.body.length),
        });
      }
      const start = Number(range[1]);
      const end = Math.min(
        range[2] ? Number(range[2]) : object.body.length - 1,
        object.body.length - 1,
      );
      if (start >= object.body.length) return send(416, errorXml("InvalidRange", "Bad range."));
      return send(206, object.body.subarray(start, end + 1), {
        "content-type": object.contentType,
        "content-length": String(end - start + 1),
        "content-range": `bytes ${start}-${end}/${object.body.length}`,
      });
    }
    send(400, errorXml("NotImplemented", `${req.method} ${url.pathname} is not faked.`));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: options.bucket,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** How a request was signed, or why it is refused: SigV4 in the header or, presigned, the query. */
function checkSignature(
  req: http.IncomingMessage,
  url: URL,
  accessKeyId: string,
): { signedBy: "header" | "query" } | { refused: string } {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = authorization.match(authorizationPattern);
    if (!match) return { refused: "malformed Authorization header" };
    return match[1] === accessKeyId ? { signedBy: "header" } : { refused: "unknown access key id" };
  }
  const query = url.searchParams;
  if (query.get("X-Amz-Algorithm") !== "AWS4-HMAC-SHA256") return { refused: "not signed" };
  if (!/^[0-9a-f]{64}$/.test(query.get("X-Amz-Signature") ?? ""))
    return { refused: "malformed signature" };
  if (query.get("X-Amz-Credential")?.split("/")[0] !== accessKeyId)
    return { refused: "unknown access key id" };
  const date = query.get("X-Amz-Date")?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!date) return { refused: "malformed date" };
  const [year, month, day, hour, minute, second] = date.slice(1).map(Number) as number[];
  const signedAtMs = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
  const expiresMs = Number(query.get("X-Amz-Expires")) * 1000;
  return Date.now() <= signedAtMs + expiresMs
    ? { signedBy: "query" }
    : { refused: "Request has expired" };
}
