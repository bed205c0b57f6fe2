import { createHash } from "node:crypto";

export type SelectableQuestion = { id: string; competency: string };

/**
 * Picks `count` questions, taking the position's competencies in turn so each is covered before
 * any repeats, then filling from the rest. The seed (the interview id) varies the picks between
 * candidates while keeping one interview's selection reproducible.
 */
export function selectQuestions<T extends SelectableQuestion>(options: {
  bank: readonly T[];
  competencies: readonly string[];
  count: number;
  seed: string;
}): T[] {
  const shuffled = [...options.bank].sort(
    (a, b) =>
      rank(options.seed, a.id).localeCompare(rank(options.seed, b.id)) || a.id.localeCompare(b.id),
  );
  const byCompetency = new Map<string, T[]>();
  for (const question of shuffled) {
    const list = byCompetency.get(question.competency) ?? [];
    list.push(question);
    byCompetency.set(question.competency, list);
  }

  const picked: T[] = [];
  const wanted = options.competencies.filter((competency) => byCompetency.has(competency));
  while (picked.length < options.count && wanted.some((c) => byCompetency.get(c)?.length)) {
    for (const competency of wanted) {
      const next = byCompetency.get(competency)?.shift();
      if (next && picked.length < options.count) picked.push(next);
    }
  }
  const pickedIds = new Set(picked.map((question) => question.id));
  for (const question of shuffled) {
    if (picked.length >= options.count) break;
    if (!pickedIds.has(question.id)) picked.push(question);
  }
  return picked;
}

function rank(seed: string, id: string): string {
  return createHash("sha1").update(`${seed}:${id}`).digest("hex");
}
