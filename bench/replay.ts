// Part 2: a replayed day of candidates. Reads go through the app's own cached read and its own
// cache singleton (the in-process store, as no UPSTASH_* is set); edits go through the app's own
// write, which invalidates. The point is the hit rate a realistic mix gets, and that no read
// that starts after an edit has returned ever sees the old questions.
import type { Database } from "@/db/open-database";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { getCache } from "@/lib/cache/get-cache";
import { listInterviewQuestions, updateInterviewQuestion } from "@/lib/db/interview-questions";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { pointAppAt } from "./data-access";

type Question = { id: string; content: string };
type Event = { kind: "read" | "edit"; interviewId: string };
// Versions of one interview's questions: a read that starts at `committed` may return that
// version or a later one (an edit still in flight), never an earlier one.
type Model = { questions: Question[]; fingerprints: string[]; committed: number };

const fingerprint = (questions: Question[]) => questions.map((q) => q.content).join("\u0000");

/** Small seeded PRNG (mulberry32): the same replay every run, so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type ReplayResult = Record<string, number | string>;

export async function runReplay(options: {
  database: Database;
  interviews: number;
  edits: number;
  concurrency: number;
  seed: number;
}): Promise<ReplayResult> {
  pointAppAt(options.database);
  const next = random(options.seed);
  const models = new Map<string, Model>();
  const tenant = await createTenant();
  for (let i = 0; i < options.interviews; i++) {
    const { interview } = await createInvitedInterview(tenant, { questionCount: 5 });
    const questions = await listInterviewQuestions({ interviewId: interview.id });
    models.set(interview.id, { questions, fingerprints: [fingerprint(questions)], committed: 0 });
  }

  // Each candidate reads their questions 6–10 times; all reads shuffled into one stream.
  const events: Event[] = [];
  for (const interviewId of models.keys()) {
    const reads = 6 + Math.floor(next() * 5);
    for (let i = 0; i < reads; i++) events.push({ kind: "read", interviewId });
  }
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [events[i], events[j]] = [events[j] as Event, events[i] as Event];
  }
  // Edits land in the middle 80%, on an interview just read (so its entry is live in the cache).
  const edited = new Set<string>();
  while (edited.size < options.edits) {
    const at = Math.floor(events.length * (0.1 + 0.8 * next()));
    const interviewId = events[at - 1]?.interviewId;
    if (!interviewId || edited.has(interviewId)) continue;
    edited.add(interviewId);
    events.splice(at, 0, { kind: "edit", interviewId });
  }

  const tally = { reads: 0, readsAfterAnEdit: 0, stale: 0, edits: 0 };
  const apply = async (event: Event) => {
    const model = models.get(event.interviewId);
    if (!model) throw new Error(`no model for ${event.interviewId}`);
    if (event.kind === "edit") return edit(model, event.interviewId, next, tally);
    const startedAt = model.committed;
    const questions = await listInterviewQuestionsCached(event.interviewId);
    tally.reads += 1;
    if (startedAt > 0) tally.readsAfterAnEdit += 1;
    const seen = model.fingerprints.indexOf(fingerprint(questions));
    // Unknown content (-1) counts too: it can only be an older or a corrupted version.
    if (seen === -1 || seen < startedAt) tally.stale += 1;
  };
  // A pool of concurrent candidates pulling from the one ordered stream.
  let cursor = 0;
  const worker = async () => {
    for (let event = events[cursor++]; event; event = events[cursor++]) await apply(event);
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));

  const { question } = await getCache().counters.readKinds();
  return {
    interviews: options.interviews,
    reads: tally.reads,
    hits: question.hits,
    misses: question.misses,
    errors: question.errors,
    "hit rate": `${(question.hitRate * 100).toFixed(1)}%`,
    edits: tally.edits,
    "reads after an edit": tally.readsAfterAnEdit,
    "stale reads": tally.stale,
  };
}

/** Rewords one question through the app's write path; the new version counts once it returns. */
async function edit(
  model: Model,
  interviewId: string,
  next: () => number,
  tally: { edits: number },
) {
  const index = Math.floor(next() * model.questions.length);
  const target = model.questions[index];
  if (!target) return;
  const content = `${target.content} (edit ${tally.edits + 1})`;
  model.questions = model.questions.map((q, i) => (i === index ? { ...q, content } : q));
  // Registered before the write, so a read that races the write and sees it is not "unknown".
  model.fingerprints.push(fingerprint(model.questions));
  const updated = await updateInterviewQuestion({
    interviewId,
    questionId: target.id,
    changes: { content },
  });
  if (!updated) throw new Error(`edit of question ${target.id} changed nothing`);
  model.committed = model.fingerprints.length - 1;
  tally.edits += 1;
}
