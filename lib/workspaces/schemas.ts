// The invitation page's data and the new invitee's form (the schema module holds no server code).
import { z } from "zod";
import { invitationStatuses, workspaceRoles } from "@/db/schema/members";

/** What the link holder sees; `expired` is a pending invitation past its date. */
export const invitationViewSchema = z
  .object({
    invitation: z.object({
      id: z.uuid(),
      workspaceName: z.string(),
      email: z.email(),
      role: z.enum(workspaceRoles),
      status: z.enum([...invitationStatuses, "expired"]),
      expiresAt: z.iso.datetime({ offset: true }),
      inviterName: z.string(),
    }),
    accountExists: z
      .boolean()
      .meta({ description: "True: sign in and accept; false: create the account with the link." }),
  })
  .meta({ id: "InvitationView" });
export type InvitationView = z.infer<typeof invitationViewSchema>;

/** The invitee without an account names themselves and picks a password (better-auth's minimum). */
export const acceptInvitationAsNewUserSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  password: z.string().min(10).max(128),
});
export type AcceptInvitationAsNewUserInput = z.infer<typeof acceptInvitationAsNewUserSchema>;

/** The new account and where it landed; the browser signs in next (/api/auth/sign-in/email). */
export const acceptedInvitationSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.email(), name: z.string() }),
    workspace: z.object({ id: z.uuid(), name: z.string() }),
    role: z.enum(workspaceRoles),
  })
  .meta({ id: "AcceptedInvitation" });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
