import "server-only";
import type { Interview, UserRole } from "@/db/schema";

/**
 * Who is asking: a signed-in user (session or API token) or a candidate holding an invite. The
 * candidate's interview, loaded to check the invite, rides along so handlers need not load it again.
 */
export type Principal =
  | {
      kind: "user";
      userId: string;
      role: UserRole;
      companyId: string | null;
      via: "session" | "api_token";
    }
  | { kind: "candidate"; interviewId: string; companyId: string; interview: Interview };
