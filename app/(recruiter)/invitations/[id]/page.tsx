import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { workspaceRoleLabels } from "@/lib/auth/workspace-role-labels";
import { InvitationView } from "./invitation-view";

export const metadata: Metadata = { title: "Invitation" };

const paramsSchema = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });

// The invitation is read by the browser from GET /api/invitations/{id}, which decides what an
// invitee may see; this page only frames it.
export default async function InvitationPage(props: { params: Promise<unknown> }) {
  const params = paramsSchema.safeParse(await props.params);
  if (!params.success) notFound();
  return <InvitationView invitationId={params.data.id} roleLabels={workspaceRoleLabels} />;
}
