// How a client proves itself to Deepgram, in each form the real service accepts on /v1/listen:
// `Authorization: Token <api key>` or `Bearer <jwt>` from servers, and the subprotocol pair
// `token, <api key>` or `bearer, <jwt>` from browsers, which cannot set headers on a WebSocket.
import type { IncomingMessage } from "node:http";

export type Credential = {
  scheme: "token" | "bearer";
  secret: string;
  /** The subprotocol the server must echo, when the credential came that way. */
  protocol: "token" | "bearer" | null;
};

export function readCredential(req: IncomingMessage): Credential | null {
  const header = /^(Token|Bearer)\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? "");
  if (header?.[1] && header[2]) {
    return { scheme: toScheme(header[1]), secret: header[2], protocol: null };
  }
  const [first, second] = (req.headers["sec-websocket-protocol"] ?? "")
    .split(",")
    .map((part) => part.trim());
  if (first && second && /^(token|bearer)$/i.test(first)) {
    const scheme = toScheme(first);
    return { scheme, secret: second, protocol: scheme };
  }
  return null;
}

/** Tokens minted by /v1/auth/grant: a JWT-shaped string and when it stops opening sockets. */
export class GrantedTokens {
  private readonly expiresAtMs = new Map<string, number>();

  issue(options: { ttlSeconds: number; nowMs?: number }): string {
    const nowMs = options.nowMs ?? Date.now();
    const exp = Math.floor(nowMs / 1000) + options.ttlSeconds;
    const header = { alg: "HS256", typ: "JWT" };
    const payload = { iss: "https://api.deepgram.com", sub: crypto.randomUUID(), exp };
    const token = [header, payload]
      .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
      .concat(Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url"))
      .join(".");
    this.expiresAtMs.set(token, nowMs + options.ttlSeconds * 1000);
    return token;
  }

  isValid(token: string, nowMs = Date.now()): boolean {
    const expiresAtMs = this.expiresAtMs.get(token);
    return expiresAtMs !== undefined && expiresAtMs > nowMs;
  }

  expireAll(): void {
    for (const token of this.expiresAtMs.keys()) this.expiresAtMs.set(token, 0);
  }

  clear(): void {
    this.expiresAtMs.clear();
  }
}

function toScheme(value: string): "token" | "bearer" {
  return value.toLowerCase() === "token" ? "token" : "bearer";
}
