import type { Metadata } from "next";
import { z } from "zod";
import { getBaseLanguage, isSupportedLanguage, supportedLanguages } from "@/lib/i18n/languages";
import { getInviteLanding } from "@/lib/interviews/get-invite-landing";

export const metadata: Metadata = { title: "Your interview", robots: { index: false } };

const paramsSchema = z.object({ inviteToken: z.string().min(1).max(200) });

export default async function InviteLandingPage({
  params,
}: {
  params: Promise<{ inviteToken: string }>;
}) {
  const parsed = paramsSchema.safeParse(await params);
  const landing = parsed.success
    ? await getInviteLanding({ inviteToken: parsed.data.inviteToken })
    : ({ state: "invalid" } as const);

  if (landing.state !== "ready") {
    return (
      <div className="mx-auto max-w-xl px-6 py-16">
        <h1 className="text-2xl font-bold">
          {landing.state === "expired"
            ? "This invite has expired"
            : "This invite link is not valid"}
        </h1>
        <p className="mt-3 text-slate-700">
          Please check the link in your email, or ask the recruiter who invited you for a new one.
        </p>
      </div>
    );
  }

  const base = getBaseLanguage(landing.position.language);
  const languageName = isSupportedLanguage(base) ? supportedLanguages[base].name : base;
  return (
    <div className="mx-auto max-w-xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
        {landing.company.name}
      </p>
      <h1 className="mt-2 text-3xl font-bold">{landing.position.title}</h1>
      <p className="mt-4 text-slate-700">
        Hello {landing.candidateName}. This is a spoken interview with{" "}
        <strong>{landing.questionCount} questions</strong>, asked one at a time in {languageName}.
      </p>
      <dl className="mt-6 grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div>
          <dt className="text-slate-600">Questions</dt>
          <dd className="text-lg font-semibold" data-testid="question-count">
            {landing.questionCount}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Status</dt>
          <dd className="text-lg font-semibold">{landing.status.replace("_", " ")}</dd>
        </div>
      </dl>
      <p className="mt-6 text-sm text-slate-600">
        The interview room (microphone check, recording and live transcript) opens here in a coming
        release.
      </p>
    </div>
  );
}
