import type { Metadata } from "next";
import { cache } from "react";
import { z } from "zod";
import { getCandidateNoticeState } from "@/lib/compliance/notice/candidate-notice-state";
import { env } from "@/lib/env.mjs";
import { getBaseLanguage, isSupportedLanguage, supportedLanguages } from "@/lib/i18n/languages";
import { getInviteLanding, type InviteLanding } from "@/lib/interviews/get-invite-landing";
import { isMediaConfigured } from "@/lib/media/media-status";
import { isSttConfigured } from "@/lib/stt/stt-status";
import { getSpeechVoice } from "@/lib/tts/get-speech-voice";
import { InterviewFlow } from "./_components/interview-flow";
import { getCandidateMessages } from "./_lib/candidate-messages";

type PageProps = { params: Promise<{ inviteToken: string }> };

const paramsSchema = z.object({ inviteToken: z.string().min(1).max(200) });

// The title and the page both need the landing: one lookup per request (cached by token).
const loadLanding = cache(
  async (inviteToken: string | undefined): Promise<InviteLanding> =>
    inviteToken ? getInviteLanding({ inviteToken }) : { state: "invalid" },
);

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const landing = await loadLanding(paramsSchema.safeParse(await params).data?.inviteToken);
  const language = landing.state === "ready" ? landing.view.position.language : "en";
  return { title: getCandidateMessages(language).title, robots: { index: false } };
}

export default async function InterviewPage({ params }: PageProps) {
  const parsed = paramsSchema.safeParse(await params);
  const landing = await loadLanding(parsed.data?.inviteToken);

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

  const { view } = landing;
  const base = getBaseLanguage(view.position.language);
  const language = isSupportedLanguage(base) ? supportedLanguages[base] : null;
  const messages = getCandidateMessages(view.position.language);
  const notice =
    view.status === "invited" ? await getCandidateNoticeState({ interviewId: view.id }) : null;
  // Korean wraps between words, never inside one (keep-all), as Korean sites do.
  return (
    <div
      lang={messages.lang}
      className="mx-auto max-w-2xl px-4 py-10 sm:px-6 [&:lang(ko)]:break-keep"
    >
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
          {view.company.name}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{view.position.title}</h1>
        <p className="mt-3 text-slate-700">
          {messages.header.greeting(view.candidateName)}
          <strong data-testid="question-count">
            {messages.header.questionCount(view.questionCount)}
          </strong>
          {messages.header.pacing(language?.name ?? base)}
        </p>
      </header>
      <InterviewFlow
        inviteToken={parsed.data.inviteToken}
        interviewId={view.id}
        status={view.status}
        startedAt={view.startedAt}
        failureReason={view.failureReason}
        companyName={view.company.name}
        language={view.position.language}
        speechLocale={language?.speechLocale ?? view.position.language}
        // A granted "typed answers only" turns speech (and so the microphone check) off.
        speechEnabled={isSttConfigured() && !view.accommodation?.typedOnly}
        utteranceEndMs={env.STT_UTTERANCE_END_MS}
        answerSeconds={view.position.answerSeconds}
        aiVoice={getSpeechVoice(view.position.language) !== null}
        mediaEnabled={isMediaConfigured()}
        retentionDays={env.DATA_RETENTION_DAYS}
        isRecordingOffered={view.company.recordingMode !== "off"}
        // With LiveKit the room is recorded on the server (Egress); the page records otherwise.
        isBrowserRecording={view.company.recordingMode !== "off" && !isMediaConfigured()}
        isRecordingConsented={view.recordingConsentedAt !== null}
        notice={notice}
        isTypedOnly={view.accommodation?.typedOnly ?? false}
      />
    </div>
  );
}
