import { z } from "zod";

export const reissueInviteSchema = z.strictObject({
  inviteTtlDays: z.int().min(1).max(90).optional(),
  sendInvitation: z.boolean().default(true).meta({
    description: "Mail the new link to the candidate (and plan its reminders); default true.",
  }),
});
export type ReissueInviteInput = z.infer<typeof reissueInviteSchema>;
