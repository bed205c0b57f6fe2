import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler } from "@/lib/http/route-handler";
import { findOptOutTarget, optOutOfReminders } from "@/lib/invitations/opt-out-of-reminders";
import { optOutPage } from "./opt-out-page";
import { optOutQuerySchema } from "./schema";

// Relative: behind a proxy the request's own URL may name an internal host.
function formActionFor(token: string): string {
  return `/api/reminders/opt-out?token=${encodeURIComponent(token)}`;
}

// GET /api/reminders/opt-out?token= – the page the mail's link opens: asks before opting out
export const GET = routeHandler(async ({ req }) => {
  const { token } = optOutQuerySchema.parse(readSearchParams(req));
  const target = await findOptOutTarget({ token });
  const state = target.optedOutAt ? "done" : "ask";
  return optOutPage({ locale: target.locale, state, formAction: formActionFor(token) });
});

// POST /api/reminders/opt-out?token= – no more reminders for this interview (repeating is harmless)
export const POST = routeHandler(async ({ req }) => {
  const { token } = optOutQuerySchema.parse(readSearchParams(req));
  const target = await optOutOfReminders({ token });
  return optOutPage({ locale: target.locale, state: "done", formAction: formActionFor(token) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
