import { expect } from "vitest";
import { type CallResult, errorCode } from "@/tests/support/call-route";
import { errorCodeByStatus } from "./callers";
import { fingerprintDatabase } from "./database-fingerprint";
import type { World } from "./world";

/**
 * The request is refused with `status`, names nothing of the workspace, and changes no row. Our
 * routes answer in the error envelope; better-auth's endpoints (`isBetterAuth`) in their own
 * shape, whose `code` says why. Returns the answer.
 */
export async function expectRefused(options: {
  world: World;
  request: () => Promise<CallResult>;
  status: 401 | 403 | 404;
  isBetterAuth?: boolean;
}) {
  const { world, status } = options;
  const before = await fingerprintDatabase();
  const result = await options.request();
  expect(result.status).toBe(status);
  if (!options.isBetterAuth) {
    expect(errorCode(result)).toBe(errorCodeByStatus[status]);
    expect(Object.keys(result.body as object)).toEqual(["error"]);
  }
  const text = JSON.stringify(result.body);
  expect(text).not.toContain(world.companyId);
  expect(text).not.toContain(world.companyName);
  expect(await fingerprintDatabase()).toEqual(before);
  return result;
}
