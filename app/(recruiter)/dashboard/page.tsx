import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPageUser } from "@/lib/auth/get-page-user";
import { getCompanyById } from "@/lib/db/companies";
import { listInterviews } from "@/lib/db/interviews";
import { listPositions } from "@/lib/db/positions";
import { SignOutButton } from "../_components/sign-out-button";
import { InterviewTable } from "./interview-table";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await getPageUser();
  if (!user) redirect("/sign-in");
  const company = user.companyId ? await getCompanyById({ id: user.companyId }) : null;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">
            {user.role === "operator" ? "Operator" : "Recruiter"}
          </p>
          <h1 className="text-2xl font-bold">{company?.name ?? "No company"}</h1>
        </div>
        <SignOutButton />
      </header>
      {company ? (
        <CompanyOverview companyId={company.id} />
      ) : (
        <p className="mt-6 text-slate-700">This account belongs to no company.</p>
      )}
    </div>
  );
}

async function CompanyOverview({ companyId }: { companyId: string }) {
  const [positions, interviews] = await Promise.all([
    listPositions({ companyId }),
    listInterviews({ companyId, limit: 20 }),
  ]);
  const positionTitles = new Map(positions.map((position) => [position.id, position.title]));
  return (
    <>
      <section className="mt-8" aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="text-lg font-semibold">
          Positions
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {positions.map((position) => (
            <li key={position.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-medium">{position.title}</p>
              <p className="mt-1 text-sm text-slate-600">
                Language: {position.language} · {position.competencies.join(", ")}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-8" aria-labelledby="interviews-heading">
        <h2 id="interviews-heading" className="text-lg font-semibold">
          Recent interviews
        </h2>
        <InterviewTable
          rows={interviews.map((interview) => ({
            id: interview.id,
            candidateName: interview.candidateName,
            candidateEmail: interview.candidateEmail,
            positionTitle: positionTitles.get(interview.positionId) ?? "—",
            status: interview.status,
            createdAt: interview.createdAt.toISOString(),
          }))}
        />
      </section>
    </>
  );
}
