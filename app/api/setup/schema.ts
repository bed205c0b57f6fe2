import { z } from "zod";

export const firstOwnerSchema = z.strictObject({
  code: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  // better-auth's own bounds (minPasswordLength in lib/auth/better-auth.ts, its default maximum).
  password: z.string().min(10).max(128),
  workspaceName: z.string().trim().min(1).max(100),
});
export type FirstOwnerRequest = z.infer<typeof firstOwnerSchema>;

export const setupStatusSchema = z.object({
  needed: z.boolean().meta({ description: "True until the first person exists." }),
});

export const firstOwnerCreatedSchema = z.object({ userId: z.string(), companyId: z.uuid() });
