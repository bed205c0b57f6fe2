import { requireMember } from "@/lib/auth/require-user";
import { getCompanyCached } from "@/lib/cache/cached-reads";
import { updateCompany } from "@/lib/db/companies";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { updateCompanySchema } from "./schema";

// GET /api/companies/{id} – a recruiter reads their own company
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:read");
  const id = uuidParam(params, { name: "id", entity: "Company" });
  if (member.companyId !== id) throw notFound("Company");
  const company = await getCompanyCached(id);
  if (!company) throw notFound("Company");
  return Response.json(company);
});

// PATCH /api/companies/{id} – an owner or admin edits their company: profile, what candidates see,
// and the compliance settings (docs/compliance.md)
export const PATCH = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "workspace:manage");
  const id = uuidParam(params, { name: "id", entity: "Company" });
  if (member.companyId !== id) throw notFound("Company");
  const changes = updateCompanySchema.parse(await parseJson(req));
  const company = await updateCompany({ id, changes });
  if (!company) throw notFound("Company");
  return Response.json(company);
});

export const { POST, PUT, DELETE, OPTIONS } = methodsNotServed({ GET, PATCH });
