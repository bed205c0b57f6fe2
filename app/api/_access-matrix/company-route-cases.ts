import { DELETE as revokeApiToken } from "@/app/api/api-tokens/[id]/route";
import * as apiTokens from "@/app/api/api-tokens/route";
import { GET as readCacheStats } from "@/app/api/cache/stats/route";
import * as company from "@/app/api/companies/[id]/route";
import * as interviews from "@/app/api/interviews/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { GET as listCandidates } from "@/app/api/positions/[id]/candidates/route";
import * as position from "@/app/api/positions/[id]/route";
import * as positions from "@/app/api/positions/route";
import { callRoute } from "@/tests/support/call-route";
import {
  anyMember,
  anyMemberOfOwnWorkspace,
  anyUser,
  assignedReaders,
  hiringTeamOfOwnWorkspace,
  hiringTeamOnly,
  managersOnly,
  operatorOnly,
  sessionOnly,
} from "./callers";
import type { Params, RouteCase } from "./route-case";
import type { World } from "./world";

/** The routes of a workspace's own data, and of accounts: no interview in the path. */
export const companyRouteCases: RouteCase[] = [
  {
    name: "GET /api/openapi.json",
    expectations: anyUser,
    call: ({ token }) => callRoute(getOpenApi, { token }),
  },
  {
    name: "GET /api/cache/stats",
    expectations: operatorOnly,
    call: ({ token }) => callRoute(readCacheStats, { token }),
  },
  {
    name: "GET /api/api-tokens",
    expectations: anyUser,
    call: ({ token }) => callRoute(apiTokens.GET, { token }),
  },
  {
    // A leaked token must not mint more: only a signed-in session may (owners and admins, the
    // session test below).
    name: "POST /api/api-tokens",
    expectations: sessionOnly,
    call: ({ token }) =>
      callRoute(apiTokens.POST, { method: "POST", token, json: { name: "escalate" } }),
  },
  {
    // A token of someone else (the owner's) is as unknown as one that never existed, even to a
    // teammate of the same workspace.
    name: "DELETE /api/api-tokens/{id}",
    expectations: {
      ...sessionOnly,
      owner: "allowed",
      admin: 404,
      recruiter: 404,
      evaluatorAssigned: 404,
      evaluatorUnassigned: 404,
      otherWorkspace: 404,
      operator: 404,
    },
    params: (world) => ({ id: world.spareApiTokenId }),
    call: ({ token, params }) => callRoute(revokeApiToken, { method: "DELETE", token, params }),
  },
  {
    name: "GET /api/companies/{id}",
    expectations: anyMember,
    params: (world) => ({ id: world.companyId }),
    call: ({ token, params }) => callRoute(company.GET, { token, params }),
  },
  {
    // The allowed callers write the name it has: later refusals still look for it in their bodies.
    name: "PATCH /api/companies/{id}",
    expectations: managersOnly,
    params: (world) => ({ id: world.companyId }),
    call: ({ token, params, world }) =>
      callRoute(company.PATCH, {
        method: "PATCH",
        token,
        params,
        json: { name: world.companyName },
      }),
  },
  {
    name: "GET /api/positions",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) => callRoute(positions.GET, { token, path: "/api/positions" }),
  },
  {
    name: "POST /api/positions",
    expectations: hiringTeamOfOwnWorkspace,
    call: ({ token }) =>
      callRoute(positions.POST, {
        token,
        path: "/api/positions",
        json: { title: "Data Engineer", competencies: ["sql", "ownership"] },
      }),
  },
  ...(["GET", "PATCH"] as const).map((method) => ({
    name: `${method} /api/positions/{id}`,
    expectations: method === "GET" ? assignedReaders : hiringTeamOnly,
    params: (world: World) => ({ id: world.positionId }),
    call: ({ token, params }: { token: string | undefined; params: Params }) =>
      callRoute(method === "GET" ? position.GET : position.PATCH, {
        method,
        token,
        params,
        ...(method === "PATCH" ? { json: { description: "x" } } : {}),
      }),
  })),
  {
    // The position has interviews, so the allowed caller meets a 409 rather than deleting it.
    name: "DELETE /api/positions/{id}",
    expectations: hiringTeamOnly,
    params: (world) => ({ id: world.positionId }),
    call: ({ token, params }) => callRoute(position.DELETE, { method: "DELETE", token, params }),
  },
  {
    name: "GET /api/positions/{id}/candidates",
    expectations: assignedReaders,
    params: (world) => ({ id: world.positionId }),
    call: ({ token, params }) => callRoute(listCandidates, { token, params }),
  },
  {
    name: "GET /api/interviews",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) => callRoute(interviews.GET, { token, path: "/api/interviews" }),
  },
  {
    // Our position: another workspace's owner cannot invite into it.
    name: "POST /api/interviews",
    expectations: hiringTeamOnly,
    call: ({ token, world }) =>
      callRoute(interviews.POST, {
        token,
        path: "/api/interviews",
        json: {
          positionId: world.positionId,
          candidateEmail: "matrix@example.com",
          candidateName: "Matrix",
          questionCount: 1,
        },
      }),
  },
];
