// `tsx --conditions=react-server tests/e2e/support/load-shared-question-bank.ts`, with the app's
// env: migrates the database and adds the shipped shared question bank (db/seed-data) to it, and
// nothing else: no company, no user. A database that setup starts from has no bank questions,
// and without them no interview can be created (409), so a test of the first run that needs a
// report loads them first.
import { getDatabase } from "@/db/client";
import { seedQuestions } from "@/db/seed-data/question-bank";
import { ensureSharedQuestionBank } from "@/scripts/seed/reset-demo-data";

const database = await getDatabase();
const { inserted } = await ensureSharedQuestionBank(seedQuestions);
await database.close();
process.stdout.write(`${JSON.stringify({ inserted })}\n`);
