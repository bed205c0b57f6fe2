import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

async function headersWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./security-headers");
}

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("buildContentSecurityPolicy", () => {
  it("lets the browser reach the app, Deepgram's socket and LiveKit's host, and nothing else", async () => {
    const { buildContentSecurityPolicy } = await headersWith({
      DEEPGRAM_API_KEY: "dg-key",
      DEEPGRAM_LISTEN_URL: "wss://api.deepgram.com/v1/listen",
      LIVEKIT_URL: "wss://rooms.example.livekit.cloud",
      LIVEKIT_API_KEY: "key",
      LIVEKIT_API_SECRET: "secret",
    });
    const policy = buildContentSecurityPolicy({ nonce: "abc" });
    expect(directive(policy, "connect-src")).toBe(
      "connect-src 'self' wss://api.deepgram.com wss://rooms.example.livekit.cloud https://rooms.example.livekit.cloud",
    );
    expect(policy).not.toContain("*");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc' blob:");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("opens no third-party connection when speech-to-text and media are off", async () => {
    const { buildContentSecurityPolicy } = await headersWith({});
    expect(directive(buildContentSecurityPolicy({ nonce: "n" }), "connect-src")).toBe(
      "connect-src 'self'",
    );
  });
});

describe("buildPermissionsPolicy", () => {
  it("allows the microphone to the app only and the camera only when interviews use video", async () => {
    expect((await headersWith({})).buildPermissionsPolicy()).toContain(
      "microphone=(self), camera=()",
    );
    const withVideo = await headersWith({
      LIVEKIT_VIDEO: "true",
      LIVEKIT_URL: "wss://rooms.example.livekit.cloud",
      LIVEKIT_API_KEY: "key",
      LIVEKIT_API_SECRET: "secret",
    });
    expect(withVideo.buildPermissionsPolicy()).toContain("microphone=(self), camera=(self)");
  });
});
