import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import {
  decryptWebhookSecret,
  encryptWebhookSecret,
  generateWebhookSecret,
} from "./webhook-secret";

describe("webhook secrets", () => {
  it("are whsec_ and base64 that standardwebhooks accepts", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(() => new Webhook(secret)).not.toThrow();
  });

  it("are stored encrypted, differently each time, and read back", () => {
    const secret = generateWebhookSecret();
    const [first, second] = [encryptWebhookSecret(secret), encryptWebhookSecret(secret)];
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret.slice(6));
    expect(decryptWebhookSecret(first)).toBe(secret);
  });

  it("refuses a tampered ciphertext", () => {
    const stored = encryptWebhookSecret(generateWebhookSecret()).split(".");
    stored[3] = `A${stored[3]?.slice(1)}`;
    expect(() => decryptWebhookSecret(stored.join("."))).toThrow();
  });
});
