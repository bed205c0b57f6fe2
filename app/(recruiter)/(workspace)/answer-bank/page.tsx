import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { searchAnswerBank } from "@/lib/dashboard/search-answer-bank";
import { listBankedAnswersByQuestion } from "@/lib/db/answer-bank-search";
import { buttonClass, inputClass, linkClass, PageHeader } from "../../_components/page-header";
import { BankedAnswerCard } from "./banked-answer";
import { PendingAnswers } from "./pending-answers";

export const metadata: Metadata = { title: "Answer bank" };

const paramsSchema = z.object({
  q: z
    .preprocess(
      (value) => (Array.isArray(value) ? value[0] : value),
      z.string().trim().max(500).catch(""),
    )
    .default(""),
});

export default async function AnswerBankPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requirePageMember("position:write");
  const { q } = paramsSchema.parse(await props.searchParams);
  const isSearch = q.length >= 2;
  return (
    <>
      <PageHeader
        title="Answer bank"
        description="Excellent answers your candidates gave, kept per question as reference points once a recruiter approved them. Search by meaning: the query is embedded and compared by cosine similarity."
      />
      <search aria-label="Search the answer bank">
        <form method="get" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="q" className="block text-sm font-medium">
              Find answers about
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              minLength={2}
              maxLength={500}
              placeholder="e.g. reducing latency with a cache"
              className={inputClass}
            />
          </div>
          <button type="submit" className={buttonClass}>
            Search
          </button>
        </form>
      </search>
      {isSearch ? (
        <SearchResults companyId={member.companyId} query={q} />
      ) : (
        <>
          <PendingAnswers companyId={member.companyId} />
          <ByQuestion companyId={member.companyId} />
        </>
      )}
    </>
  );
}

async function SearchResults({ companyId, query }: { companyId: string; query: string }) {
  const { results, embeddedBy } = await searchAnswerBank({ companyId, text: query, limit: 10 });
  return (
    <Panel
      heading={`Nearest answers to “${query}”`}
      tone="plain"
      className="mt-6"
      actions={
        <Link href="/answer-bank" className={linkClass}>
          Browse by question
        </Link>
      }
    >
      <p className="mt-1 text-sm text-slate-600">
        Embedded with{" "}
        {embeddedBy.provider === "offline"
          ? "the offline hashed n-gram embedding"
          : `OpenAI ${embeddedBy.model}`}
        ; similarity 1 means the same meaning.
      </p>
      {results.length === 0 ? (
        <p className="mt-3 text-slate-700">The bank holds no answers yet.</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {results.map((result) => (
            <BankedAnswerCard
              key={result.id}
              answer={result}
              similarity={result.similarity}
              showQuestion
            />
          ))}
        </ol>
      )}
    </Panel>
  );
}

async function ByQuestion({ companyId }: { companyId: string }) {
  const groups = await listBankedAnswersByQuestion({ companyId, limit: 300 });
  if (groups.length === 0) {
    return (
      <p className="mt-6 text-slate-700">
        No approved answers yet. Answers scoring at or above the threshold are collected when an
        interview is evaluated; those the offline scorer rated wait for approval above.
      </p>
    );
  }
  return (
    <Panel
      heading={`${groups.length} question${groups.length === 1 ? "" : "s"} with collected answers`}
      tone="plain"
      className="mt-6"
    >
      <div className="mt-3 space-y-6">
        {groups.map((group) => (
          <Panel
            key={group.question.id}
            heading={group.question.content}
            headingLevel={3}
            headingStyle="subtle"
            tone="plain"
          >
            <p className="text-xs text-slate-600">
              {getCompetencyLabel(group.question)} · {group.answers.length} answer
              {group.answers.length === 1 ? "" : "s"} · best {group.answers[0]?.score ?? "—"}
            </p>
            <ol className="mt-2 space-y-2">
              {group.answers.map((answer) => (
                <BankedAnswerCard key={answer.id} answer={answer} />
              ))}
            </ol>
          </Panel>
        ))}
      </div>
    </Panel>
  );
}
