// `npm run user:create -- --email … --name … --workspace … --role owner` (or `--operator`): creates a
// person through the app's own lib functions and prints a set-password link. Runs under tsx with the
// react-server condition (server-only modules load); it renders no mail, which that condition breaks.
import { getDatabase } from "@/db/client";
import { parseCreateUserArgs } from "@/lib/setup/create-user-args";
import { createUserFromCommand } from "@/lib/setup/create-user-from-command";

async function main() {
  const args = parseCreateUserArgs(process.argv.slice(2));
  const database = await getDatabase();
  try {
    const result = await createUserFromCommand(args);
    const who = result.isNewUser ? `Created ${args.email}` : `${args.email} already had an account`;
    const workspace = result.workspace;
    if ("operator" in args || !workspace) {
      process.stdout.write(`${who}: platform operator (no workspace).\n`);
    } else {
      const kind = workspace.isNew ? "new workspace" : "workspace";
      process.stdout.write(
        `${who}: ${args.role} in the ${kind} "${workspace.name}" (${workspace.id}).\n`,
      );
    }
    if (result.setPasswordLink) {
      process.stdout.write(
        `Set-password link (single use, valid until ${result.setPasswordLink.expiresAt.toISOString()}):\n${result.setPasswordLink.url}\n`,
      );
    } else {
      process.stdout.write("They already have a password and sign in as before.\n");
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `user:create failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
