import "server-only";
import type { Interview, PlatformRole, WorkspaceRole } from "@/db/schema";

/** The caller's place in the workspace they act in: the session's active one, or the token's. */
export type WorkspaceContext = {
  companyId: string;
  role: WorkspaceRole;
  /** For roles scoped to assignments (evaluator): the positions they may see. */
  assignedPositionIds: string[];
};

/**
 * Who is asking: a signed-in user (session or API token) or a candidate holding an invite. The
 * candidate's interview, loaded to check the invite, rides along so handlers need not load it again.
 * A user's `workspace` is null when they act in none they belong to (an operator, a removed member).
 */
export type Principal =
  | {
      kind: "user";
      userId: string;
      platformRole: PlatformRole;
      workspace: WorkspaceContext | null;
      via: "session" | "api_token";
    }
  | { kind: "candidate"; interviewId: string; companyId: string; interview: Interview };
