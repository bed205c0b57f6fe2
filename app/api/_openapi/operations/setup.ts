import { firstOwnerCreatedSchema, firstOwnerSchema, setupStatusSchema } from "../../setup/schema";
import type { OperationSpec } from "../operation-spec";

const tag = "Platform";

export const setupOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/setup",
    summary: "Whether the first owner still has to be created (first run)",
    tag,
    access: "public",
    success: { status: 200, description: "Whether /setup is open.", schema: setupStatusSchema },
  },
  {
    method: "post",
    path: "/api/setup",
    summary: "Create the first owner and their workspace, with the setup code",
    description:
      "Open only while no user exists. The code is printed in the server's start-up log (derived from BETTER_AUTH_SECRET, the same on every instance), or is SETUP_TOKEN when set. At most 5 attempts a minute per client.",
    tag,
    access: "public",
    body: {
      schema: firstOwnerSchema,
      example: {
        code: "7K3M-Q9TZ-X2RB-84NV",
        name: "Ada Lovelace",
        email: "ada@example.com",
        password: "a long passphrase",
        workspaceName: "Analytical Engines",
      },
    },
    success: {
      status: 201,
      description: "The owner and the workspace, created; sign in with the email and password.",
      schema: firstOwnerCreatedSchema,
    },
    errors: {
      403: "`forbidden`: the setup code is wrong.",
      404: "`not_found`: setup is done (a user exists).",
      409: "`conflict`: another setup request is under way.",
      429: "`rate_limited`: too many attempts from this client (or, with no trusted client address, from anyone); `Retry-After` says when.",
    },
  },
];
