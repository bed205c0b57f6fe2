import { describe, expect, it } from "vitest";
import { describeSendError } from "./describe-send-error";

function smtpError(message: string, fields: Record<string, unknown>) {
  return Object.assign(new Error(message), fields);
}

describe("describeSendError", () => {
  it("keeps the code, command and reply code and drops every address the server echoed", () => {
    const error = smtpError(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <ada.lovelace@example.com>: no such user ada.lovelace@example.com",
      { code: "EENVELOPE", command: "RCPT TO", responseCode: 550 },
    );
    const line = describeSendError(error);
    expect(line).toMatch(/^EENVELOPE RCPT 550: Can't send mail/);
    expect(line).not.toContain("ada.lovelace");
    expect(line).not.toContain("example.com");
  });

  it("drops a link and an address without a dot in its domain", () => {
    const line = describeSendError(
      new Error("refused http://localhost:3000/reset-password?token=secret for root@localhost"),
    );
    expect(line).not.toContain("secret");
    expect(line).not.toContain("root@");
  });

  it("says what a connection failure was without its cause's data", () => {
    expect(
      describeSendError(smtpError("connect ECONNREFUSED 127.0.0.1:2525", { code: "ESOCKET" })),
    ).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:2525");
  });
});
