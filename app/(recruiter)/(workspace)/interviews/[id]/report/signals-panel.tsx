import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import type { IntegritySignalKind } from "@/db/schema";
import { listReportSignals } from "@/lib/signals/list-report-signals";

const kindLabels: Record<IntegritySignalKind, string> = {
  focus_lost: "Page lost focus",
  paste: "Pasted text",
  silence_before_answer: "Long silence before answering",
  similar_to_candidate: "Similar to another candidate",
  similar_to_bank: "Similar to a banked answer",
};

/** What the browser and the similarity check noticed; nothing when there is nothing. */
export async function SignalsPanel({ interviewId }: { interviewId: string }) {
  const signals = await listReportSignals({ interviewId });
  if (signals.length === 0) return null;
  return (
    <Panel heading="Signals to look at" headingStyle="normal" tone="warning">
      <p className="mt-1 text-sm">
        These are for you to look into; they do not change any score or the recommendation.
      </p>
      <ul className="mt-3 space-y-3 text-sm" aria-label="Signals">
        {signals.map((signal) => (
          <li key={`${signal.questionId}:${signal.kind}`} data-signal-kind={signal.kind}>
            <p>
              <span className="font-medium">{kindLabels[signal.kind]}</span>
              {signal.questionLabel ? (
                <span className="text-slate-700"> · {signal.questionLabel}</span>
              ) : null}
            </p>
            {signal.questionText ? (
              <p className="text-slate-600 line-clamp-1">{signal.questionText}</p>
            ) : null}
            <p>{signal.description}</p>
            {signal.excerpt ? (
              <blockquote className="mt-1 border-l-2 border-amber-400 pl-2 text-slate-700 italic">
                {signal.excerpt}
              </blockquote>
            ) : null}
            {signal.similarInterviewId ? (
              <Link
                href={`/interviews/${signal.similarInterviewId}/report`}
                className="underline print:hidden"
              >
                Open the other candidate's report
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
