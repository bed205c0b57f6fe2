// One question of the graded ladder: answers written as an interviewer grades them, from 1 (no
// content) to 6 (excellent, with trade-offs and a lesson), plus the answers that must not be
// mistaken for quality (a polished generic answer) or for its absence (a level-5 story spoken).

export type LadderLanguage = "en" | "ko";

export type LadderQuestion = {
  /** A bank question (db/seed-data/question-bank.ts), so its competency and rubric are real. */
  language: LadderLanguage;
  competency: string;
  question: string;
  /**
   * Level 1 no content, 2 vague, 3 a situation only, 4 own actions without an outcome, 5 a full
   * story with a measured outcome, 6 excellent: trade-offs weighed and a lesson.
   */
  levels: [string, string, string, string, string, string];
  /** Polished claims with no specific situation, action or result: graded as level 2. */
  generic: string;
  /** The level-5 answer as raw speech-to-text: fillers, no punctuation, numbers spelled out. */
  spoken: string;
  /** The question and the level 4–6 answers in the other language, as a candidate would say them. */
  translated: { question: string; levels: [string, string, string] };
};
