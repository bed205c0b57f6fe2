import { describe, expect, it } from "vitest";
import { callAuth } from "./call-auth";

describe("callAuth", () => {
  it("passes data through when better-auth answers without an error", async () => {
    await expect(callAuth(async () => ({ data: { id: "m1" }, error: null }))).resolves.toEqual({
      ok: true,
      data: { id: "m1" },
    });
  });

  it("says 'workspace' where better-auth's message says 'organization', for the codes it knows", async () => {
    const result = await callAuth(async () => ({
      data: null,
      error: {
        code: "YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER",
        message: "You cannot leave the organization without an owner",
        status: 400,
      },
    }));
    expect(result).toEqual({
      ok: false,
      message: "The workspace must keep an owner: make someone else an owner first.",
    });
  });

  it("shows better-auth's own message for other codes, and the status when there is none", async () => {
    await expect(
      callAuth(async () => ({
        data: null,
        error: { code: "INVALID_PASSWORD", message: "Invalid password", status: 400 },
      })),
    ).resolves.toEqual({ ok: false, message: "Invalid password" });
    await expect(callAuth(async () => ({ data: null, error: { status: 500 } }))).resolves.toEqual({
      ok: false,
      message: "The request failed (500).",
    });
  });

  it("turns a network failure into a message instead of throwing", async () => {
    await expect(
      callAuth(async () => {
        throw new TypeError("Failed to fetch");
      }),
    ).resolves.toEqual({
      ok: false,
      message: "The server could not be reached. Check your connection.",
    });
  });
});
