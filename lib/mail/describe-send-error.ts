import "server-only";

type SmtpErrorFields = { code?: unknown; responseCode?: unknown; command?: unknown };

// Servers echo what they refuse ("550 <ada@example.com>: no such user"): anything that looks
// like an address, an angle-bracketed path or a URL is dropped before the text is kept or logged.
function scrub(text: string): string {
  return text
    .replace(/<[^>]*>/g, "[…]")
    .replace(/\S*@\S*/g, "[address]")
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "[url]")
    .slice(0, 200);
}

/**
 * One line saying why a send failed, for email_messages.last_error, the job run and the log:
 * nodemailer's code, the SMTP command and reply code, and the server's words without addresses.
 */
export function describeSendError(error: unknown): string {
  if (!(error instanceof Error)) return scrub(String(error));
  const fields = error as Error & SmtpErrorFields;
  const parts = [
    typeof fields.code === "string" ? fields.code : null,
    typeof fields.command === "string" ? fields.command.split(" ")[0] : null,
    typeof fields.responseCode === "number" ? String(fields.responseCode) : null,
  ].filter(Boolean);
  const message = scrub(error.message);
  return parts.length > 0 ? `${parts.join(" ")}: ${message}` : message;
}
