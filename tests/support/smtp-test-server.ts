import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import { freePort } from "./free-port";

/** What the server answers a recipient: accept it, or refuse with this code (451 retry, 550 no). */
export type RecipientRule = (address: string) => { code: number; message: string } | null;

/**
 * A real SMTP server on loopback for the tests: what nodemailer sends arrives here and is parsed
 * by mailparser. STARTTLS is off: smtp-server's built-in certificate has expired, and nodemailer
 * would refuse it.
 */
export async function startSmtpTestServer() {
  const received: ParsedMail[] = [];
  const envelopes: { to: string[] }[] = [];
  let refuse: RecipientRule = () => null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const refusal = refuse(address.address);
      if (!refusal) return callback();
      const error = new Error(refusal.message) as Error & { responseCode: number };
      error.responseCode = refusal.code;
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          envelopes.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    envelopes,
    /** What arrived for this address, in order. */
    mailsTo(address: string): ParsedMail[] {
      return received.filter((_, index) => envelopes[index]?.to.includes(address));
    },
    /** Mail to whoever this matches is refused at RCPT TO, until set back to `() => null`. */
    setRecipientRule(rule: RecipientRule) {
      refuse = rule;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The server, named in the app's env (SMTP_URL, MAIL_FROM) for the app's mail to go to it. The env
 * is read when the app's modules load: call this in `vi.hoisted`, before any of them.
 */
export async function startSmtpTestServerForApp(mailFrom = "Interviews <interviews@app.test>") {
  const server = await startSmtpTestServer();
  process.env.SMTP_URL = server.url;
  process.env.MAIL_FROM = mailFrom;
  return server;
}
