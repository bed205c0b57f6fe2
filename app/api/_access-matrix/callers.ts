/**
 * Who asks. "candidate" holds the invite of the interview under test, "otherCandidate" the invite
 * of another interview of the same workspace. The five members belong to the workspace under test:
 * "evaluatorAssigned" is assigned to the interview's position, "evaluatorUnassigned" to none.
 * "otherWorkspace" owns another workspace; "operator" belongs to none. Every user asks with an API
 * token bound to their workspace.
 */
export type Caller =
  | "anonymous"
  | "candidate"
  | "otherCandidate"
  | "owner"
  | "admin"
  | "recruiter"
  | "evaluatorAssigned"
  | "evaluatorUnassigned"
  | "otherWorkspace"
  | "operator";
export type Expect = "allowed" | 401 | 403 | 404;
export type Expectations = Record<Caller, Expect>;

export const callers: Caller[] = [
  "anonymous",
  "candidate",
  "otherCandidate",
  "owner",
  "admin",
  "recruiter",
  "evaluatorAssigned",
  "evaluatorUnassigned",
  "otherWorkspace",
  "operator",
];

/** A route's callers with its refusals first, so an allowed call cannot change what a refusal sees. */
export function orderRefusalsFirst(expectations: Expectations): Caller[] {
  const isAllowed = (caller: Caller) => expectations[caller] === "allowed";
  return [...callers.filter((c) => !isAllowed(c)), ...callers.filter(isAllowed)];
}

export const errorCodeByStatus = { 401: "unauthorized", 403: "forbidden", 404: "not_found" };

const strangers = { anonymous: 401, candidate: 403, otherCandidate: 403, operator: 403 } as const;
const refusedMembers = {
  owner: 403,
  admin: 403,
  recruiter: 403,
  evaluatorAssigned: 403,
  evaluatorUnassigned: 403,
} as const;

/**
 * Members whose role holds the route's permission get in, the others 403 (before any id is looked
 * up, so the answer is the same for every id). `named` routes name a resource of the workspace
 * in the path (or body): another workspace's owner learns nothing of it (404).
 */
function holders(
  allowed: (keyof typeof refusedMembers)[],
  options: { named: boolean },
): Expectations {
  const members = Object.fromEntries(allowed.map((caller) => [caller, "allowed"]));
  return {
    ...strangers,
    ...refusedMembers,
    ...members,
    otherWorkspace: options.named ? 404 : "allowed",
  };
}

const managers = ["owner", "admin"] as const;
const hiringTeam = [...managers, "recruiter"] as const;
const readers = [...hiringTeam, "evaluatorAssigned", "evaluatorUnassigned"] as const;

/**
 * workspace:manage on the workspace named in the path, and candidate-data:manage (export, erase)
 * on one of its interviews.
 */
export const managersOnly = holders([...managers], { named: true });
/**
 * position:write, interview:write (positions, rubrics, invites, question edits) and decision:write
 * on a resource of the workspace: evaluators never do these (403, whatever the id).
 */
export const hiringTeamOnly = holders([...hiringTeam], { named: true });
/** The same, on the caller's own workspace (no id): another workspace's owner works on theirs. */
export const hiringTeamOfOwnWorkspace = holders([...hiringTeam], { named: false });
/** Lists of the caller's own workspace: every member, filtered for evaluators (never refused). */
export const anyMemberOfOwnWorkspace = holders([...readers], { named: false });
/** A workspace resource every member may read, whatever their assignments (the workspace itself). */
export const anyMember = holders([...readers], { named: true });
/**
 * interview:read, review:write on an interview or position named in the path: an evaluator not
 * assigned to its position is answered as if it did not exist.
 */
export const assignedReaders: Expectations = {
  ...holders([...readers], { named: true }),
  evaluatorUnassigned: 404,
};
/** Any signed-in user, with or without a workspace. */
export const anyUser: Expectations = {
  ...anyMemberOfOwnWorkspace,
  operator: "allowed",
};
/** Needs a signed-in session: every bearer token is refused. */
export const sessionOnly: Expectations = {
  ...strangers,
  ...refusedMembers,
  otherWorkspace: 403,
};
export const operatorOnly: Expectations = { ...sessionOnly, operator: "allowed" };
export const candidateOrAssignedReaders: Expectations = {
  ...assignedReaders,
  candidate: "allowed",
  otherCandidate: 404,
};
export const candidateOnly: Expectations = {
  ...sessionOnly,
  candidate: "allowed",
  otherCandidate: 404,
};
