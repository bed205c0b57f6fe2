"use client";
import { organizationClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { workspaceAccessControl, workspaceRoleDefinitions } from "@/lib/auth/workspace-access";

// Same origin as the page, so no base URL (and no secret) is needed in the browser.
export const authClient = createAuthClient({
  plugins: [
    // The workspace roles, so the organization methods accept them and role checks know them.
    organizationClient({ ac: workspaceAccessControl, roles: workspaceRoleDefinitions }),
    twoFactorClient(),
  ],
});
