import type { ParsedMail } from "mailparser";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PATCH as patchCompany } from "@/app/api/companies/[id]/route";
import { GET as readReport } from "@/app/api/interviews/[id]/report/route";
import { GET as readInterview } from "@/app/api/interviews/[id]/route";
import { POST as acceptInvitation } from "@/app/api/invitations/[id]/accept/route";
import { GET as readInvitation } from "@/app/api/invitations/[id]/route";
import { PUT as putAssignments } from "@/app/api/positions/[id]/assignments/route";
import { createApiToken } from "@/lib/db/api-tokens";
import { createPosition } from "@/lib/db/positions";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant, testPassword } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { signInForCookie } from "@/tests/support/sign-in";
import { callAuth } from "./auth-calls";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServer } = await import("@/tests/support/smtp-test-server");
  const server = await startSmtpTestServer();
  process.env.SMTP_URL = server.url;
  return server;
});
afterAll(() => smtp.close());

function mailTo(address: string): ParsedMail[] {
  return smtp.envelopes.flatMap((envelope, index) => {
    const mail = smtp.received[index];
    return envelope.to.includes(address) && mail ? [mail] : [];
  });
}

/**
 * The owner's workspace as setup leaves it (createTenant makes its owner through
 * createWorkspaceUser, setup's own path), with a second position and an interview in each.
 */
async function ownersWorkspace() {
  const tenant = await createTenant();
  const other = await createPosition({
    companyId: tenant.company.id,
    title: "Design",
    competencies: ["communication"],
    language: "en",
  });
  const { interview: reported } = await createReportedInterview(tenant);
  const { interview: elsewhere } = await createInvitedInterview({ ...tenant, position: other });
  return {
    owner: tenant.recruiter,
    company: tenant.company,
    assigned: tenant.position,
    reported,
    elsewhere,
  };
}

const asCaller = (credential: { cookie?: string; token?: string }, id: string) => ({
  ...credential,
  params: { id },
});

describe("the team flow, through the API with mail over a real SMTP server", () => {
  it("invites an evaluator by email, who joins, reads only their position, and is shut out on the request after removal", async () => {
    const world = await ownersWorkspace();
    const ownerCookie = await signInForCookie(world.owner.email);

    // The owner invites; the invitation mail arrives over SMTP with the link.
    const email = `eve-${crypto.randomUUID()}@example.com`;
    const invited = await callAuth("/organization/invite-member", {
      cookie: ownerCookie,
      json: { email, role: "evaluator" },
    });
    expect(invited.status).toBe(200);
    const [mail, ...more] = mailTo(email);
    expect(more).toEqual([]);
    expect(mail?.subject).toContain(world.company.name);
    const link = /http:\/\/localhost:3000\/invitations\/([0-9a-f-]{36})/.exec(mail?.text ?? "");
    expect(link?.[1]).toBe((invited.body as { id: string }).id);
    const invitationId = link?.[1] ?? "";

    // The link's page, then the new account from it; the evaluator signs in.
    const view = await callRoute(readInvitation, { params: { id: invitationId } });
    expect(view.body).toMatchObject({ invitation: { role: "evaluator" }, accountExists: false });
    const accepted = await callRoute(acceptInvitation, {
      params: { id: invitationId },
      json: { name: "Eve Evaluator", password: testPassword },
    });
    expect(accepted.status).toBe(201);
    const evaluatorId = (accepted.body as { user: { id: string } }).user.id;
    const cookie = await signInForCookie(email);

    // Before the assignment: the report of the position is out of reach.
    const report = () => callRoute(readReport, asCaller({ cookie }, world.reported.id));
    expect(errorCode(await report())).toBe("not_found");
    const assigned = await callRoute(putAssignments, {
      method: "PUT",
      cookie: ownerCookie,
      params: { id: world.assigned.id },
      json: { userIds: [evaluatorId] },
    });
    expect(assigned.status).toBe(200);

    expect(await report()).toMatchObject({ status: 200, body: { report: { overallScore: 70 } } });
    const settings = await callRoute(patchCompany, {
      method: "PATCH",
      ...asCaller({ cookie }, world.company.id),
      json: { name: "Taken over" },
    });
    expect(errorCode(settings)).toBe("forbidden");
    const elsewhere = await callRoute(readInterview, asCaller({ cookie }, world.elsewhere.id));
    expect(errorCode(elsewhere)).toBe("not_found");

    // Evaluators cannot mint tokens; one made directly shows a removal revokes them too.
    const { token } = await createApiToken({
      userId: evaluatorId,
      companyId: world.company.id,
      name: "script",
    });
    const byToken = () => callRoute(readReport, asCaller({ token }, world.reported.id));
    expect((await byToken()).status).toBe(200);

    const removed = await callAuth("/organization/remove-member", {
      cookie: ownerCookie,
      json: { memberIdOrEmail: email },
    });
    expect(removed.status).toBe(200);
    // The very next request of each kind is refused: no cache entry outlives the removal.
    expect(errorCode(await report())).toBe("forbidden");
    expect(errorCode(await byToken())).toBe("unauthorized");
    const ownerRead = await callRoute(
      readReport,
      asCaller({ cookie: ownerCookie }, world.reported.id),
    );
    expect(ownerRead.status).toBe(200);
  });
});
