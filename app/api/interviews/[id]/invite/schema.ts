import { z } from "zod";

export const reissueInviteSchema = z.strictObject({
  inviteTtlDays: z.int().min(1).max(90).optional(),
});
export type ReissueInviteInput = z.infer<typeof reissueInviteSchema>;
