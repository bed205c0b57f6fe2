import type { Metadata } from "next";
import { z } from "zod";
import { isInviteUsable } from "@/lib/auth/assert-invite-usable";
import { hashToken, tokenPrefixes } from "@/lib/auth/tokens";
import { findInterviewByInviteTokenCached, getPositionCached } from "@/lib/cache/cached-reads";
import { getExplanation } from "@/lib/compliance/explanation/load-explanation";
import { isDomainError } from "@/lib/domain-error";
import { ContestForm } from "./contest-form";
import { ContestList } from "./contest-list";
import { getExplanationMessages } from "./explanation-messages";
import { ExplanationView } from "./explanation-view";

export const metadata: Metadata = { robots: { index: false } };

type PageProps = { params: Promise<{ inviteToken: string }> };

const paramsSchema = z.object({ inviteToken: z.string().min(1).max(200) });

async function findInterview(inviteToken: string | undefined) {
  if (!inviteToken?.startsWith(tokenPrefixes.invite)) return null;
  const interview = await findInterviewByInviteTokenCached(hashToken(inviteToken));
  return interview && isInviteUsable(interview) ? interview : null;
}

/** The candidate's explanation of their result, with the form to contest or correct it. */
export default async function ExplanationPage({ params }: PageProps) {
  const parsed = paramsSchema.safeParse(await params);
  const interview = await findInterview(parsed.data?.inviteToken);
  if (!interview || !parsed.success) {
    const m = getExplanationMessages("en");
    return (
      <div className="mx-auto max-w-xl px-6 py-16">
        <h1 className="text-2xl font-bold">{m.invalid}</h1>
        <p className="mt-3 text-slate-700">{m.invalidDetail}</p>
      </div>
    );
  }
  const result = await getExplanation({ interview }).catch((error: unknown) => {
    if (isDomainError(error, "conflict")) return { unavailable: error.message };
    throw error;
  });
  if ("unavailable" in result) {
    const position = await getPositionCached(interview.positionId);
    const m = getExplanationMessages(position?.language ?? "en");
    return (
      <div lang={m.lang} className="mx-auto max-w-xl px-6 py-16">
        <h1 className="text-2xl font-bold">{m.notYet}</h1>
        <p className="mt-3 text-slate-700">{result.unavailable}</p>
      </div>
    );
  }
  const m = getExplanationMessages(result.language);
  return (
    <div
      lang={m.lang}
      className="mx-auto max-w-2xl space-y-8 px-4 py-10 sm:px-6 [&:lang(ko)]:break-keep"
    >
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
          {result.companyName}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{m.title}</h1>
        <p className="mt-1 text-slate-700">{result.positionTitle}</p>
      </header>
      <ExplanationView explanation={result} messages={m} />
      <ContestList contests={result.contests} questions={result.questions} messages={m} />
      <ContestForm
        inviteToken={parsed.data.inviteToken}
        interviewId={interview.id}
        questions={result.questions}
        language={result.language}
      />
    </div>
  );
}
