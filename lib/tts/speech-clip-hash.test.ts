import { describe, expect, it } from "vitest";
import { hashSpeechClip } from "./speech-clip-hash";

describe("hashSpeechClip", () => {
  it("is the sha256 of the voice, a newline and the text", () => {
    // printf 'aura-2-thalia-en\nHello.' | sha256sum
    expect(hashSpeechClip({ voice: "aura-2-thalia-en", text: "Hello." })).toBe(
      "0c8a92f8887466470c651ee30ef6fcc4b982902abbf004f96bc391dd23ee3a4d",
    );
  });

  it("gives another voice or another text another clip", () => {
    const base = hashSpeechClip({ voice: "aura-2-thalia-en", text: "Hello." });
    expect(hashSpeechClip({ voice: "aura-2-andromeda-en", text: "Hello." })).not.toBe(base);
    expect(hashSpeechClip({ voice: "aura-2-thalia-en", text: "Hello!" })).not.toBe(base);
  });
});
