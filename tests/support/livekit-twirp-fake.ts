// LiveKit's Egress API (Twirp over HTTP, protojson bodies) on loopback, for the egress tests: no
// LiveKit server installs here. StartTrackEgress, StopEgress and ListEgress as livekit-server-sdk
// sends them, with the Bearer JWT checked as LiveKit does (signed with the key and secret, and a
// video grant with roomRecord). Requests are decoded with the SDK's own protobuf classes.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import {
  EgressInfo,
  EgressStatus,
  TokenVerifier,
  type TrackEgressRequest,
  TrackEgressRequest as TrackEgressRequestMessage,
} from "livekit-server-sdk";
import { z } from "zod";

export type FakeEgress = { info: EgressInfo; request: TrackEgressRequest };

export type LivekitTwirpFake = {
  /** ws:// like LIVEKIT_URL; the SDK turns it into http:// for the API. */
  url: string;
  egresses: Map<string, FakeEgress>;
  /** Every call: method name and whether its token passed. */
  calls: { method: string; isAuthorized: boolean }[];
  /** The next StartTrackEgress answers 503, as a LiveKit without egress capacity does. */
  failNextStart(): void;
  /**
   * The egress ends as LiveKit would once stopped, with the file it uploaded: the info its
   * egress_ended webhook carries. Later stops are refused.
   */
  endEgress(
    egressId: string,
    file: { startedAtMs: number; durationMs: number; size: number },
  ): EgressInfo;
  close(): Promise<void>;
};

const stopRequestSchema = z.object({ egressId: z.string() });
const listRequestSchema = z.object({
  roomName: z.string().optional(),
  active: z.boolean().optional(),
});
const nanosecondsPerMs = 1_000_000n;
const activeStatuses = new Set([EgressStatus.EGRESS_STARTING, EgressStatus.EGRESS_ACTIVE]);

export async function startLivekitTwirpFake(options: {
  apiKey: string;
  apiSecret: string;
}): Promise<LivekitTwirpFake> {
  const verifier = new TokenVerifier(options.apiKey, options.apiSecret);
  const egresses = new Map<string, FakeEgress>();
  const calls: LivekitTwirpFake["calls"] = [];
  let shouldFailNextStart = false;
  let counter = 0;

  const server = http.createServer(async (req, res) => {
    const sendJson = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const twirpError = (status: number, code: string, msg: string) =>
      sendJson(status, { code, msg });
    const method = (req.url ?? "").match(/^\/twirp\/livekit\.Egress\/(\w+)$/)?.[1];
    if (req.method !== "POST" || !method) return twirpError(404, "bad_route", "no such route");
    const isAuthorized = await isRecordGrant(verifier, req.headers.authorization);
    calls.push({ method, isAuthorized });
    if (!isAuthorized) return twirpError(401, "unauthenticated", "invalid token or grant");
    const body: unknown = JSON.parse((await text(req)) || "{}");

    if (method === "StartTrackEgress") {
      if (shouldFailNextStart) {
        shouldFailNextStart = false;
        return twirpError(503, "unavailable", "no egress capacity");
      }
      const request = TrackEgressRequestMessage.fromJson(body as never);
      counter += 1;
      const info = new EgressInfo({
        egressId: `EG_fake${counter}`,
        roomName: request.roomName,
        status: EgressStatus.EGRESS_STARTING,
        request: { case: "track", value: request },
      });
      egresses.set(info.egressId, { info, request });
      return sendJson(200, info.toJson());
    }
    if (method === "StopEgress") {
      const { egressId } = stopRequestSchema.parse(body);
      const egress = egresses.get(egressId);
      if (!egress) return twirpError(404, "not_found", "egress does not exist");
      if (!activeStatuses.has(egress.info.status)) {
        return twirpError(412, "failed_precondition", "egress cannot be stopped");
      }
      egress.info.status = EgressStatus.EGRESS_ENDING;
      return sendJson(200, egress.info.toJson());
    }
    if (method === "ListEgress") {
      const filter = listRequestSchema.parse(body);
      const items = [...egresses.values()]
        .map((egress) => egress.info)
        .filter((info) => !filter.roomName || info.roomName === filter.roomName)
        .filter((info) => !filter.active || activeStatuses.has(info.status));
      return sendJson(200, { items: items.map((info) => info.toJson()) });
    }
    return twirpError(404, "bad_route", `no method ${method}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}`,
    egresses,
    calls,
    failNextStart: () => {
      shouldFailNextStart = true;
    },
    endEgress: (egressId, file) => {
      const egress = egresses.get(egressId);
      if (!egress) throw new Error(`No egress ${egressId}.`);
      const startedAt = BigInt(file.startedAtMs) * nanosecondsPerMs;
      const endedAt = BigInt(file.startedAtMs + file.durationMs) * nanosecondsPerMs;
      const filepath =
        egress.request.output.case === "file" ? egress.request.output.value.filepath : "";
      egress.info = new EgressInfo({
        egressId,
        roomName: egress.info.roomName,
        status: EgressStatus.EGRESS_COMPLETE,
        startedAt,
        endedAt,
        request: { case: "track", value: egress.request },
        fileResults: [
          {
            filename: filepath,
            location: `s3://bucket/${filepath}`,
            startedAt,
            endedAt,
            duration: BigInt(file.durationMs) * nanosecondsPerMs,
            size: BigInt(file.size),
          },
        ],
      });
      return egress.info;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function isRecordGrant(verifier: TokenVerifier, header: string | undefined) {
  const token = header?.match(/^Bearer (.+)$/)?.[1];
  if (!token) return false;
  try {
    const claims = await verifier.verify(token, 0);
    return claims.video?.roomRecord === true;
  } catch {
    return false;
  }
}
