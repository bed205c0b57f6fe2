import { describe, expect, it } from "vitest";
import { isForbiddenWebhookAddress, isLoopbackAddress } from "./private-address";

describe("isForbiddenWebhookAddress", () => {
  it.each([
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "127.0.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fd00::1",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:a9fe:a9fe",
  ])("refuses %s", (address) => {
    expect(isForbiddenWebhookAddress(address)).toBe(true);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:5db8:d70e"])(
    "lets %s through",
    (address) => {
      expect(isForbiddenWebhookAddress(address)).toBe(false);
    },
  );
});

describe("isLoopbackAddress", () => {
  it("knows loopback in every notation, and nothing else", () => {
    for (const address of ["127.0.0.1", "127.3.2.1", "::1", "::ffff:127.0.0.1", "::ffff:7f00:1"]) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of ["10.0.0.1", "::", "128.0.0.1"]) {
      expect(isLoopbackAddress(address), address).toBe(false);
    }
  });
});
