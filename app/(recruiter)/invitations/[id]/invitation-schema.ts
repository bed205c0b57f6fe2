import { z } from "zod";

/** GET /api/invitations/{id}, as the browser reads it: what an invitee may see before joining. */
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
