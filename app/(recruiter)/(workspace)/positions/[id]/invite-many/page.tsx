import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { memberSeesPosition } from "@/lib/auth/require-interview-access";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { getPosition } from "@/lib/db/positions";
import { linkClass, PageHeader } from "../../../../_components/page-header";
import { InviteManyForm } from "./invite-many-form";

export const metadata: Metadata = { title: "Invite many candidates" };

export default async function InviteManyPage(props: { params: Promise<{ id: string }> }) {
  const member = await requirePageMember("interview:write");
  const id = z.uuid().safeParse((await props.params).id);
  if (!id.success) notFound();
  const position = await getPosition({ id: id.data.toLowerCase(), companyId: member.companyId });
  if (!position || !memberSeesPosition(member, position.id)) notFound();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/positions/${position.id}`} className={linkClass}>
            ← {position.title}
          </Link>
        }
        title="Invite many candidates"
        description="Upload a CSV or paste its rows. Each row is checked first; nothing is created until you confirm, and rows with a problem are skipped."
      />
      <div className="mt-6 max-w-5xl">
        <InviteManyForm positionId={position.id} />
      </div>
    </>
  );
}
