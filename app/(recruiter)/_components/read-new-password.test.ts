import { describe, expect, it } from "vitest";
import { readNewPassword } from "./read-new-password";

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("readNewPassword", () => {
  it("returns the password when it is long enough and typed twice alike", () => {
    expect(
      readNewPassword(formOf({ password: "long enough!", confirmPassword: "long enough!" })),
    ).toEqual({ ok: true, value: "long enough!" });
  });

  it("refuses a password shorter than the server's minimum", () => {
    const result = readNewPassword(formOf({ password: "short", confirmPassword: "short" }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("10 characters") });
  });

  it("refuses two different passwords", () => {
    const result = readNewPassword(
      formOf({ password: "long enough!", confirmPassword: "long enough?" }),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("differ") });
  });

  it("needs no confirmation on a form without one", () => {
    expect(readNewPassword(formOf({ password: "long enough!" }))).toEqual({
      ok: true,
      value: "long enough!",
    });
  });
});
