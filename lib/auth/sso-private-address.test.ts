import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./sso-private-address";

describe("isPrivateAddress", () => {
  it("flags loopback, private, link-local (cloud metadata) and CGNAT addresses", () => {
    for (const ip of ["127.0.0.1", "10.1.2.3", "172.31.0.1", "192.168.1.1", "169.254.169.254"]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    expect(isPrivateAddress("100.64.0.1")).toBe(true);
  });

  it("flags IPv6 loopback, unique-local, link-local and v4-mapped private addresses", () => {
    for (const ip of ["::1", "fd00::1", "fe80::1", "::ffff:10.0.0.1"]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
  });

  it("passes public addresses, including those beside the private ranges", () => {
    for (const ip of [
      "8.8.8.8",
      "172.32.0.1",
      "172.15.255.255",
      "2606:4700::1111",
      "::ffff:1.1.1.1",
    ]) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });
});
