import "server-only";
import type { UserRole } from "@/db/schema";

/** Who is asking: a signed-in user (session or API token) or a candidate holding an invite. */
export type Principal =
  | {
      kind: "user";
      userId: string;
      role: UserRole;
      companyId: string | null;
      via: "session" | "api_token";
    }
  | { kind: "candidate"; interviewId: string; companyId: string };
