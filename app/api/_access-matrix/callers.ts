/** Who asks. "candidate" holds the invite of the interview under test, "otherCandidate" the invite
 * of another interview of the same company; "operator" belongs to no company. */
export type Caller =
  | "anonymous"
  | "candidate"
  | "otherCandidate"
  | "recruiter"
  | "otherRecruiter"
  | "operator";
export type Expect = "allowed" | 401 | 403 | 404;
export type Expectations = Record<Caller, Expect>;

/** In this order: refusals first, so an allowed call cannot change what a refusal sees. */
export const callers: Caller[] = [
  "anonymous",
  "otherCandidate",
  "otherRecruiter",
  "operator",
  "recruiter",
  "candidate",
];

export const errorCodeByStatus = { 401: "unauthorized", 403: "forbidden", 404: "not_found" };

/** A resource of the recruiter's company, named in the path: strangers learn nothing (404). */
export const recruiterOnly: Expectations = {
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  recruiter: "allowed",
  otherRecruiter: 404,
  operator: 403,
};
/** No id in the path: every company member works on their own company's data. */
export const anyCompanyMember: Expectations = { ...recruiterOnly, otherRecruiter: "allowed" };
/** Any signed-in user, with or without a company. */
export const anyUser: Expectations = { ...anyCompanyMember, operator: "allowed" };
/** Needs a signed-in session: every bearer token is refused. */
export const sessionOnly: Expectations = {
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  recruiter: 403,
  otherRecruiter: 403,
  operator: 403,
};
export const operatorOnly: Expectations = { ...sessionOnly, operator: "allowed" };
export const candidateOrRecruiter: Expectations = {
  ...recruiterOnly,
  candidate: "allowed",
  otherCandidate: 404,
};
export const candidateOnly: Expectations = {
  anonymous: 401,
  candidate: "allowed",
  otherCandidate: 404,
  recruiter: 403,
  otherRecruiter: 403,
  operator: 403,
};
