import { z } from "zod";

/**
 * GET /api/invitations/{id} as the browser reads it. The server's own schema
 * (lib/workspaces/schemas.ts, invitationViewSchema) imports the drizzle tables for its enums, which
 * this page would then ship to the browser; this one reads the same fields with looser types.
 */
export const invitationLookupSchema = z.object({
  invitation: z.object({
    id: z.string(),
    workspaceName: z.string(),
    email: z.string(),
    role: z.string(),
    // pending | accepted | rejected | canceled, and "expired" if the server says so itself.
    status: z.string(),
    expiresAt: z.coerce.date(),
    inviterName: z.string().nullable(),
  }),
  accountExists: z.boolean(),
});
export type InvitationLookup = z.infer<typeof invitationLookupSchema>;
