import "server-only";
import { sso } from "@better-auth/sso";
import { provisionSsoMember } from "./sso-provisioning";

/**
 * Per-workspace OIDC sign-in (`/api/auth/sso/*`, `/api/auth/sign-in/sso`). Who may register and
 * which issuers better-auth may reach is decided in the auth hooks (sso-before-hooks.ts).
 */
export const ssoPlugin = () =>
  sso({
    // Our provisioning checks the email domain and gives the app's roles (sso-provisioning.ts).
    organizationProvisioning: { disabled: true },
    // On the account's first sign-in only: a member an admin removed is not re-added by the IdP.
    provisionUser: provisionSsoMember,
  });
