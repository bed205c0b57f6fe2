import { optOutQuerySchema } from "../../reminders/opt-out/schema";
import type { OperationSpec } from "../operation-spec";

const tag = "Reminders";

const optOutErrors = {
  404: "`not_found`: the token was not signed by this server, or its interview was erased.",
} as const;

export const reminderOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/reminders/opt-out",
    summary: "The page the opt-out link in a candidate's mail opens",
    description:
      "Asks the candidate to confirm (a mail scanner following the link opts nobody out), or says they already opted out. HTML in the position's language.",
    tag,
    access: "public",
    query: optOutQuerySchema,
    success: { status: 200, description: "An HTML page.", mediaType: "text/html" },
    errors: optOutErrors,
  },
  {
    method: "post",
    path: "/api/reminders/opt-out",
    summary: "No more reminders for this interview",
    description:
      "The page's button. Notes when the candidate opted out (the first time) and cancels the reminders still scheduled; the invitation link keeps working. Repeating it is harmless.",
    tag,
    access: "public",
    query: optOutQuerySchema,
    success: {
      status: 200,
      description: "An HTML page saying it is done.",
      mediaType: "text/html",
    },
    errors: optOutErrors,
  },
];
