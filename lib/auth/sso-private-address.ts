import { isIPv4 } from "node:net";

// IPv4 ranges no public IdP answers from: "this" network, private, CGNAT, loopback, link-local
// (cloud metadata), IETF protocol assignments, benchmarking, multicast and reserved.
const privateIPv4Ranges: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
];

const toNumber = (ip: string) =>
  ip.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);

function isPrivateIPv4(ip: string): boolean {
  const value = toNumber(ip);
  return privateIPv4Ranges.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = toNumber(base);
    return value >= start && value < start + size;
  });
}

/** True for an address an IdP on the public internet cannot have (v4, v6, v4-mapped v6). */
export function isPrivateAddress(address: string): boolean {
  const ip = address.toLowerCase();
  if (isIPv4(ip)) return isPrivateIPv4(ip);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped?.[1]) return isPrivateIPv4(mapped[1]);
  // Loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), multicast (ff00::/8).
  return ip === "::1" || ip === "::" || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip) || /^ff/.test(ip);
}
