// Calls of the batch invite routes and counts of what they wrote, for the batch invite's tests.
import { and, count, eq } from "drizzle-orm";
import { POST as previewCsv } from "@/app/api/interviews/batch/preview/route";
import { POST as inviteBatch } from "@/app/api/interviews/batch/route";
import { getDb } from "@/db/client";
import { emailMessages, interviews } from "@/db/schema";
import { createInterview } from "@/lib/db/interviews";
import { callRoute } from "./call-route";
import type { Tenant } from "./factories";

const path = "/api/interviews/batch";

export function postBatch(
  tenant: Tenant,
  options: { json: unknown; key?: string; token?: string },
) {
  return callRoute(inviteBatch, {
    path,
    token: options.token ?? tenant.token,
    json: options.json,
    headers: options.key ? { "idempotency-key": options.key } : {},
  });
}

export function postCsv(tenant: Tenant, csv: string) {
  return callRoute(previewCsv, {
    path: `${path}/preview?positionId=${tenant.position.id}`,
    token: tenant.token,
    body: csv,
    headers: { "content-type": "text/csv" },
  });
}

export async function countPositionInterviews(positionId: string) {
  const [row] = await (await getDb())
    .select({ total: count() })
    .from(interviews)
    .where(eq(interviews.positionId, positionId));
  return row?.total ?? 0;
}

export async function inviteTaken(tenant: Tenant, email: string) {
  await createInterview({
    companyId: tenant.company.id,
    createdByUserId: tenant.recruiter.id,
    positionId: tenant.position.id,
    candidateEmail: email,
    candidateName: "Already invited",
    questionCount: 1,
    inviteTtlDays: 7,
  });
}

export async function countInvitationMails(tenant: Tenant) {
  const [row] = await (await getDb())
    .select({ total: count() })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.companyId, tenant.company.id),
        eq(emailMessages.kind, "candidate-invitation"),
      ),
    );
  return row?.total ?? 0;
}

export const oneRow = (email = "ada@example.com") => [{ name: "Ada", email }];
