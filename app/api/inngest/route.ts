import { serve } from "inngest/next";
import { functions } from "@/inngest";
import { inngest, isInngestConfigured } from "@/inngest/client";
import { errorJson } from "@/lib/http/error-response";
import { methodsNotServed } from "@/lib/http/methods-not-served";

const handlers = serve({ client: inngest, functions });

// Without Inngest configured the functions run in-process; an open endpoint here would let
// anyone run them (the SDK skips signature checks in dev mode), so it does not exist.
const notConfigured = async () =>
  errorJson({ code: "not_found", message: "Background jobs run in-process here.", status: 404 });

// GET|POST|PUT /api/inngest – Inngest's endpoint for registering and running our functions
export const GET = isInngestConfigured ? handlers.GET : notConfigured;
export const POST = isInngestConfigured ? handlers.POST : notConfigured;
export const PUT = isInngestConfigured ? handlers.PUT : notConfigured;

export const { PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST, PUT });
