import "server-only";

// One room per interview; identities say who a participant is without any lookup.

export function roomNameForInterview(interviewId: string): string {
  return `interview-${interviewId}`;
}

export function candidateIdentity(interviewId: string): string {
  return `candidate-${interviewId}`;
}

export function recruiterIdentity(userId: string): string {
  return `recruiter-${userId}`;
}
