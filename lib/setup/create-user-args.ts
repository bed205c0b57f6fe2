import { parseArgs } from "node:util";
import { z } from "zod";
import { workspaceRoles } from "@/db/schema/members";

export const createUserUsage = `Usage:
  npm run user:create -- --email <address> --name <name> --workspace <name or id> --role <${workspaceRoles.join("|")}>
  npm run user:create -- --email <address> --name <name> --operator

Creates the person (or adds an existing one to the workspace) and prints a set-password link,
valid for 1 hour and usable once. A --workspace that is no workspace's id or name is created.
It never takes a password.`;

const person = {
  email: z.email().max(254),
  name: z.string().trim().min(1).max(100),
};

export const createUserArgsSchema = z.union([
  z.strictObject({
    ...person,
    workspace: z.string().trim().min(1).max(100),
    role: z.enum(workspaceRoles),
  }),
  // A platform operator reads every workspace's metrics and belongs to none.
  z.strictObject({ ...person, operator: z.literal(true) }),
]);
export type CreateUserArgs = z.infer<typeof createUserArgsSchema>;

/** The command line, checked; throws with the usage on anything else (a --password included). */
export function parseCreateUserArgs(argv: string[]): CreateUserArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        workspace: { type: "string" },
        role: { type: "string" },
        operator: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n\n${createUserUsage}`,
    );
  }
  const parsed = createUserArgsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new Error(`${z.prettifyError(parsed.error)}\n\n${createUserUsage}`);
}
