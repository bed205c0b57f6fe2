import type { Metadata } from "next";
import { z } from "zod";
import { env } from "@/lib/env.mjs";
import { getBaseLanguage, isSupportedLanguage, supportedLanguages } from "@/lib/i18n/languages";
import { getInviteLanding } from "@/lib/interviews/get-invite-landing";
import { isMediaConfigured } from "@/lib/media/media-status";
import { isSttConfigured } from "@/lib/stt/stt-status";
import { InterviewFlow } from "./_components/interview-flow";

export const metadata: Metadata = { title: "Your interview", robots: { index: false } };

const paramsSchema = z.object({ inviteToken: z.string().min(1).max(200) });

export default async function InterviewPage({
  params,
}: {
  params: Promise<{ inviteToken: string }>;
}) {
  const parsed = paramsSchema.safeParse(await params);
  const landing = parsed.success
    ? await getInviteLanding({ inviteToken: parsed.data.inviteToken })
    : ({ state: "invalid" } as const);

  if (landing.state !== "ready" || !parsed.success) {
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
  const language = isSupportedLanguage(base) ? supportedLanguages[base] : null;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
          {landing.company.name}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{landing.position.title}</h1>
        <p className="mt-3 text-slate-700">
          Hello {landing.candidateName}. This is a spoken interview with{" "}
          <strong data-testid="question-count">{landing.questionCount} questions</strong>, asked one
          at a time in {language?.name ?? base}. Answer in your own words; pauses are fine.
        </p>
      </header>
      <InterviewFlow
        inviteToken={parsed.data.inviteToken}
        interviewId={landing.interviewId}
        status={landing.status}
        startedAt={landing.startedAt}
        failureReason={landing.failureReason}
        companyName={landing.company.name}
        speechLocale={language?.speechLocale ?? landing.position.language}
        speechEnabled={isSttConfigured()}
        mediaEnabled={isMediaConfigured()}
        retentionDays={env.DATA_RETENTION_DAYS}
      />
    </div>
  );
}
