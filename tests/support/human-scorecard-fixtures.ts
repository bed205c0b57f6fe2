// An interview whose candidate asked that no AI score them, answered and completed through the
// API with known words and known rubrics, for the scorecard's tests.
import { eq } from "drizzle-orm";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { POST as postTranscripts } from "@/app/api/interviews/[id]/transcripts/route";
import { getDb } from "@/db/client";
import {
  interviewQuestions,
  interviews,
  positions,
  type StoredCompetencyRubric,
} from "@/db/schema";
import { invalidateInterviewCache, invalidatePositionCache } from "@/lib/cache/invalidate";
import { callRoute } from "./call-route";
import type { Tenant } from "./factories";
import { startInterviewThroughApi } from "./interview-through-api";

const anchors = (what: string) => ({
  "1": `No ${what}.`,
  "3": `Some ${what}, in general terms.`,
  "5": `Clear ${what} with specifics.`,
});
const criterion = (key: string, name: string) => ({
  key,
  name,
  description: `How much ${name.toLowerCase()} the answer shows.`,
  anchors: anchors(name.toLowerCase()),
});

/** Two competencies with three criteria each: the arithmetic in the tests is done by hand on them. */
export const knownRubrics: StoredCompetencyRubric[] = [
  {
    competency: "ownership",
    criteria: [
      criterion("scope", "Scope"),
      criterion("own_action", "Own action"),
      criterion("outcome", "Outcome"),
    ],
  },
  {
    competency: "communication",
    criteria: [
      criterion("structure", "Structure"),
      criterion("clarity", "Clarity"),
      criterion("audience", "Audience"),
    ],
  },
];

/** What the candidate says to each of the three questions (two ownership, one communication). */
export const spokenAnswers = [
  "I owned the billing migration end to end and moved 40 services in six weeks.",
  "When the import broke I rolled it back myself and wrote the runbook the same night.",
  "I explain a design to sales with one picture first, and the numbers after it.",
];

/**
 * Questions 1 and 2 on ownership, 3 on communication, with `knownRubrics` on the position; the
 * candidate asked for no AI scoring (unless `aiScoring`), answered `spokenAnswers` and finished.
 */
export async function completeScoredInterview(
  tenant: Tenant,
  options: { aiScoring: boolean; complete?: boolean },
) {
  const db = await getDb();
  await db
    .update(positions)
    .set({ rubrics: knownRubrics })
    .where(eq(positions.id, tenant.position.id));
  await invalidatePositionCache(tenant.position.id);
  const started = await startInterviewThroughApi(tenant, { questionCount: 3 });
  const competencies = ["ownership", "ownership", "communication"];
  for (const [index, question] of started.questions.entries()) {
    await db
      .update(interviewQuestions)
      .set({ competency: competencies[index] ?? "ownership" })
      .where(eq(interviewQuestions.id, question.id));
  }
  await db
    .update(interviews)
    .set({ aiScoring: options.aiScoring, preferencesAt: new Date() })
    .where(eq(interviews.id, started.id));
  await invalidateInterviewCache(started.id);
  const segments = started.questions.map((question, index) => ({
    id: `answer-${index}`,
    questionId: question.id,
    speaker: "candidate",
    text: spokenAnswers[index] ?? "",
    startMs: index * 60_000,
    endMs: index * 60_000 + 30_000,
  }));
  const posted = await callRoute(postTranscripts, {
    token: started.invite,
    params: started.params,
    json: { segments },
  });
  if (posted.status !== 201) throw new Error(`transcripts: ${posted.status}`);
  if (options.complete !== false) {
    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: started.invite,
      params: started.params,
    });
    if (completed.status !== 200) throw new Error(`complete: ${completed.status}`);
  }
  return started;
}

/** Every key in a JSON value, at any depth. */
export function collectKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      collectKeys(inner, keys);
    }
  }
  return keys;
}

/** Keys that carry an AI's judgement in a report, an evaluation or an export. */
export const aiScoreKeys = [
  "overallScore",
  "score",
  "recommendation",
  "competencyScores",
  "summary",
  "rubricScores",
  "evaluation",
  "evaluations",
  "report",
  "feedback",
  "strengths",
  "improvements",
];
