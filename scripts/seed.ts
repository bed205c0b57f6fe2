// `npm run db:seed [-- --json]`: fills the demo data through the app's own lib functions and jobs.
// Runs under tsx with the react-server condition, so lib modules marked server-only load here.
import { getDatabase } from "@/db/client";
import { env } from "@/lib/env.mjs";
import { getMailMode } from "@/lib/mail/mail-mode";
import { seedDemo } from "./seed/seed-demo";

const isJson = process.argv.includes("--json");
const log = (line: string) => (isJson ? process.stderr : process.stdout).write(`${line}\n`);

async function main() {
  const database = await getDatabase();
  const baseUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  const result = await seedDemo({ baseUrl });
  await database.close();

  if (isJson) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  log(
    result.mode === "reset"
      ? "Seed: replaced the previous demo data (companies, users, interviews)."
      : "Seed: created the demo data.",
  );
  log(
    `Question bank: ${result.questionBank.inserted} added, ${result.questionBank.reused} already there.`,
  );
  log(`Database: ${database.driver}`);
  log(`Recruiter sign-in: ${result.recruiter.email} / ${result.recruiter.password}`);
  log(`Operator sign-in:  ${result.operator.email} / ${result.operator.password}`);
  log(`Recruiter API token: ${result.apiToken}`);
  log(`Operator API token:  ${result.operatorApiToken}`);
  const evaluated = result.evaluatedInterviews.filter((row) => row.status === "evaluated").length;
  log(
    `Evaluated interviews (offline pipeline): ${evaluated} of ${result.evaluatedInterviews.length}`,
  );
  log(`Candidate invite (${result.questionCount} questions): ${result.inviteUrl}`);
  log(
    getMailMode() === "embedded"
      ? `Mail (no SMTP_URL): kept in the database; read it at ${baseUrl}/operator/mail, signed in as the operator.`
      : "Mail: sent through SMTP_URL; failures are listed at /operator/mail.",
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
