"use client";
import { organizationClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

// Same origin as the page, so no base URL (and no secret) is needed in the browser.
export const authClient = createAuthClient({
  plugins: [organizationClient(), twoFactorClient()],
});
