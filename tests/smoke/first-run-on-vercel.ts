// Smoke test of a fresh deploy as on Vercel: VERCEL=1, DATABASE_URL to an empty, migrated Postgres
// (PGlite over the wire through pglite-socket, as the int-pg tests use), BETTER_AUTH_SECRET and
// APP_URL set. `next start` must come up, print the setup code once, and /setup must ask for it
// until the first owner exists, then be gone. Builds nothing: `npm run build` comes first.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { openDatabase } from "../../db/open-database";
import { startFreshAppServer } from "../e2e/support/fresh-app-server";

const setupLine =
  /First run: open \/setup and enter the setup code ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/g;

function check(label: string, condition: boolean, detail = "") {
  if (!condition) throw new Error(`smoke: ${label} failed ${detail}`);
  console.info(`ok - ${label}`);
}

async function main() {
  const pglite = await PGlite.create({ extensions: { vector } });
  const socket = new PGLiteSocketServer({
    db: pglite,
    port: 0,
    host: "127.0.0.1",
    maxConnections: 20,
  });
  await socket.start();
  const { port } = socket as unknown as { port: number };
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  // The deploy step docs/deployment.md asks for, before the first start.
  const migrated = await openDatabase({ databaseUrl, pgliteDataDir: "unused", migrate: true });
  await migrated.close();

  const app = await startFreshAppServer({
    env: {
      VERCEL: "1",
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
    },
  });
  const { baseUrl } = app;
  try {
    const [, code = ""] = await app.waitForLog(new RegExp(setupLine.source));
    check(
      "an empty database prints one setup line at start",
      [...app.logs().matchAll(setupLine)].length === 1,
      app.logs(),
    );

    const status = await (await fetch(`${baseUrl}/api/setup`)).json();
    check("GET /api/setup says setup is needed", status.needed === true, JSON.stringify(status));
    const page = await fetch(`${baseUrl}/setup`);
    const html = await page.text();
    check(
      "GET /setup asks for the setup code",
      page.status === 200 && /<input[^>]*name="code"/.test(html) && html.includes("Setup code"),
      String(page.status),
    );

    const owner = {
      name: "First Owner",
      email: "owner@example.com",
      password: "first-owner-passphrase",
      workspaceName: "First Workspace",
    };
    const post = (body: unknown) =>
      fetch(`${baseUrl}/api/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const wrong = await post({ ...owner, code: "AAAA-BBBB-CCCC-DDDD" });
    check("a wrong code is refused with 403", wrong.status === 403, String(wrong.status));
    const created = await post({ ...owner, code });
    check("the printed code creates the first owner (201)", created.status === 201);

    const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl },
      body: JSON.stringify({ email: owner.email, password: owner.password }),
    });
    check("the owner signs in", signIn.status === 200, String(signIn.status));
    check("GET /setup is 404 once a user exists", (await fetch(`${baseUrl}/setup`)).status === 404);
    const again = await post({ ...owner, code });
    check("POST /api/setup is 404 once a user exists", again.status === 404);
    const after = await (await fetch(`${baseUrl}/api/setup`)).json();
    check("GET /api/setup says setup is done", after.needed === false);
  } finally {
    await app.stop();
    await socket.stop();
    await pglite.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
