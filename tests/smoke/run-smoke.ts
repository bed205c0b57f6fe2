// Smoke test of the production build on the embedded default: seed a fresh data folder, start
// `next start` on a spare port (the browser tests' server harness), and check the pages and APIs a newcomer meets first.
import { startAppServer } from "../e2e/support/app-server";

function check(label: string, condition: boolean, detail = "") {
  if (!condition) throw new Error(`smoke: ${label} failed ${detail}`);
  console.info(`ok - ${label}`);
}

async function main() {
  const server = await startAppServer();
  const { baseUrl, seed } = server;
  try {
    // A production server on the embedded database says so at start.
    check(
      "next start without DATABASE_URL warns that the data lives in one folder on this machine",
      server.logs().includes(`embedded database in ${server.dataDir}/pglite, on this machine only`),
      server.logs(),
    );

    const health = await (await fetch(`${baseUrl}/api/health`)).json();
    check(
      "GET /api/health is ok on pglite",
      health.status === "ok" && health.backends.database === "pglite",
    );

    const landing = await fetch(baseUrl);
    const landingHtml = await landing.text();
    check("GET / serves the landing page", landing.ok && landingHtml.includes("Recruiter sign-in"));
    check(
      "the landing page links the SVG favicon",
      /<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/.test(landingHtml),
    );
    for (const { path, contentType, body } of [
      { path: "/robots.txt", contentType: "text/plain", body: "Disallow: /" },
      { path: "/favicon.svg", contentType: "image/svg+xml", body: "<svg" },
      { path: "/favicon.ico", contentType: "image/x-icon", body: "" },
    ]) {
      const response = await fetch(`${baseUrl}${path}`);
      check(
        `GET ${path} serves public${path} as ${contentType}`,
        response.ok &&
          (response.headers.get("content-type") ?? "").startsWith(contentType) &&
          (await response.text()).includes(body),
        `${response.status} ${response.headers.get("content-type")}`,
      );
    }

    const questionsUrl = `${baseUrl}/api/interviews/${seed.interviewId}/questions`;
    for (const [label, token] of [
      ["API token", seed.apiToken],
      ["invite token", seed.inviteToken],
    ]) {
      const response = await fetch(questionsUrl, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as {
        questions?: { id: string; order: number; content: string }[];
      };
      check(`questions with the ${label}`, response.ok && (body.questions?.length ?? 0) >= 5);
    }
    check("questions without a token are 401", (await fetch(questionsUrl)).status === 401);
    const foreign = await fetch(questionsUrl, {
      headers: { authorization: `Bearer ${seed.otherCompany.apiToken}` },
    });
    check("questions with another company's token are 404", foreign.status === 404);

    const invitePage = await fetch(`${baseUrl}/interview/${seed.inviteToken}`);
    const inviteHtml = await invitePage.text();
    check(
      "the invite landing page names the position",
      invitePage.ok && inviteHtml.includes("Senior Backend Engineer"),
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
