import { ApiError, notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { isValidRecordingKey } from "@/lib/storage/recording-keys";
import { RangeNotSatisfiableError } from "@/lib/storage/recording-storage";
import { isSignedFileLinkValid } from "@/lib/storage/signed-file-link";
import { parseRangeHeader, signedFileQuerySchema } from "./schema";

// GET /api/recordings/file?key=&exp=&sig= – a stored recording for whoever holds a valid signed link
export const GET = routeHandler(async ({ req }) => {
  const query = signedFileQuerySchema.safeParse(readSearchParams(req));
  const isValid =
    query.success &&
    isValidRecordingKey(query.data.key) &&
    isSignedFileLinkValid({
      key: query.data.key,
      expiresAtSeconds: query.data.exp,
      signature: query.data.sig,
    });
  if (!query.success || !isValid) {
    throw new ApiError({ code: "forbidden", message: "This link is invalid or has expired." });
  }
  const range = parseRangeHeader(req.headers.get("range"));
  try {
    const object = await getRecordingStorage().get(query.data.key, range ? { range } : undefined);
    if (!object) throw notFound("Recording");
    // The link is the authority and expires: no shared cache may keep the file past it.
    const headers = new Headers({
      "Content-Type": object.contentType,
      "Accept-Ranges": "bytes",
      "Cache-Control": "private, no-store",
    });
    if (!object.range) {
      headers.set("Content-Length", String(object.byteLength));
      return new Response(object.body, { status: 200, headers });
    }
    const { start, end } = object.range;
    headers.set("Content-Length", String(end - start + 1));
    headers.set("Content-Range", `bytes ${start}-${end}/${object.byteLength}`);
    return new Response(object.body, { status: 206, headers });
  } catch (error) {
    if (!(error instanceof RangeNotSatisfiableError)) throw error;
    throw new ApiError({
      code: "range_not_satisfiable",
      message: "The range lies past the end of the recording.",
      headers: { "Content-Range": `bytes */${error.byteLength}` },
    });
  }
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
