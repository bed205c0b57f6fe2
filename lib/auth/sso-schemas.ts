import { z } from "zod";

/** Roles a workspace's SSO may give newcomers: never owner, who is chosen by a person. */
export const ssoDefaultRoles = ["admin", "recruiter", "evaluator"] as const;
export const ssoDefaultRoleSchema = z.enum(ssoDefaultRoles);
export type SsoDefaultRole = z.infer<typeof ssoDefaultRoleSchema>;

/** The least a newcomer may hold when a provider says nothing (registered before roles existed). */
export const fallbackSsoRole: SsoDefaultRole = "evaluator";

// One email domain per provider, lower-case host names only: the domain decides which workspace
// a person lands in, so "a.com,b.com" lists and look-alikes with schemes or paths are refused.
export const ssoDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: "Give one email domain, such as example.com.",
  });

/** What the app adds to and requires of better-auth's POST /sso/register body. */
export const ssoRegisterExtrasSchema = z.object({
  organizationId: z.uuid({ message: "Register the provider for a workspace: organizationId." }),
  issuer: z.url({ protocol: /^https?$/ }),
  domain: ssoDomainSchema,
  defaultRole: ssoDefaultRoleSchema.default(fallbackSsoRole),
  samlConfig: z
    .undefined({ message: "SAML providers are not supported yet; register OIDC." })
    .optional(),
});

/** What the app adds to and requires of better-auth's POST /sso/update-provider body. */
export const ssoUpdateExtrasSchema = z.object({
  providerId: z.string().min(1),
  issuer: z.url({ protocol: /^https?$/ }).optional(),
  domain: ssoDomainSchema.optional(),
  defaultRole: ssoDefaultRoleSchema.optional(),
  samlConfig: z
    .undefined({ message: "SAML providers are not supported yet; register OIDC." })
    .optional(),
});

/** The part of a provider's stored OIDC JSON the app reads: the role better-auth keeps for us. */
export const storedOidcConfigSchema = z.looseObject({
  defaultRole: ssoDefaultRoleSchema.catch(fallbackSsoRole).default(fallbackSsoRole),
});
