import { dispatch } from "@/inngest/dispatch";
import { questionBankEmbedRequested } from "@/inngest/events";
import { ApiError, notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";
import { createFirstOwner, isSetupNeeded } from "@/lib/setup/create-first-owner";
import { limitSetupAttempts } from "@/lib/setup/limit-setup-attempts";
import { isSetupCodeCorrect } from "@/lib/setup/setup-code";
import { firstOwnerSchema } from "./schema";

// GET /api/setup – anyone: whether the first owner still has to be created
export const GET = routeHandler(async () => Response.json({ needed: await isSetupNeeded() }));

// POST /api/setup – anyone holding the setup code: creates the first owner and their workspace
export const POST = routeHandler(async ({ req }) => {
  if (!(await isSetupNeeded())) throw notFound("Setup");
  const input = firstOwnerSchema.parse(await parseJson(req));
  await limitSetupAttempts(req);
  if (!isSetupCodeCorrect(input.code)) {
    throw new ApiError({
      code: "forbidden",
      message: "That is not the setup code: it is in the server's start-up log, or SETUP_TOKEN.",
    });
  }
  const result = await createFirstOwner(input);
  if (result.outcome === "done") throw notFound("Setup");
  if (result.outcome === "busy") {
    throw new ApiError({
      code: "conflict",
      message: "Setup is already under way in another request.",
    });
  }
  // The first workspace brought the shipped question bank with it; its embeddings come next.
  await dispatch(questionBankEmbedRequested, { reason: "first owner set up" });
  return Response.json({ userId: result.userId, companyId: result.companyId }, { status: 201 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
