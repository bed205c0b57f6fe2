import { describe, expect, it } from "vitest";
import { getCache } from "@/lib/cache/get-cache";
import { reissueInvite } from "@/lib/db/interview-invites";
import { ApiError } from "@/lib/http/api-error";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { getPrincipal } from "./get-principal";
import { requireInterviewAccess } from "./require-interview-access";

const candidateRequest = (inviteToken: string) =>
  new Request("http://localhost:3000/api/test", {
    headers: { authorization: `Bearer ${inviteToken}` },
  });

async function lookups() {
  const { invite, interview } = await getCache().counters.readKinds();
  return { invite, interview };
}

describe("the candidate's principal", () => {
  it("comes from the cache once warm: the invite and its interview are hits, with no miss", async () => {
    const { interview, inviteToken } = await createInvitedInterview(await createTenant());
    await getPrincipal(candidateRequest(inviteToken));

    const before = await lookups();
    const principal = await getPrincipal(candidateRequest(inviteToken));
    const after = await lookups();
    expect(principal).toMatchObject({ kind: "candidate", interviewId: interview.id });
    expect({
      inviteHits: after.invite.hits - before.invite.hits,
      interviewHits: after.interview.hits - before.interview.hits,
      misses:
        after.invite.misses +
        after.interview.misses -
        before.invite.misses -
        before.interview.misses,
    }).toEqual({ inviteHits: 1, interviewHits: 1, misses: 0 });
  });

  it("carries the interview to requireInterviewAccess, which does not look it up again", async () => {
    const { interview, inviteToken } = await createInvitedInterview(await createTenant());
    await getPrincipal(candidateRequest(inviteToken));

    const before = await lookups();
    const access = await requireInterviewAccess(candidateRequest(inviteToken), {
      interviewId: interview.id,
      allow: ["candidate"],
    });
    const after = await lookups();
    expect(access.interview).toMatchObject({ id: interview.id, status: "invited" });
    const interviewLookups = (stats: typeof before) =>
      stats.interview.hits + stats.interview.misses;
    expect(interviewLookups(after) - interviewLookups(before)).toBe(1);
  });

  it("refuses a re-issued invite's old token at once, though its interview id is still cached", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    await getPrincipal(candidateRequest(inviteToken));

    const { inviteToken: newToken } = await reissueInvite({
      id: interview.id,
      companyId: tenant.company.id,
      inviteTtlDays: 7,
    });
    const refusal = await getPrincipal(candidateRequest(inviteToken)).catch((error) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ code: "unauthorized", status: 401 });
    expect(await getPrincipal(candidateRequest(newToken))).toMatchObject({
      kind: "candidate",
      interviewId: interview.id,
    });
  });
});
