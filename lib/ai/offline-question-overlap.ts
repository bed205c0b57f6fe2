import "server-only";
import { foldText } from "./fold-answer-text";
import { embedTextHashed } from "./hashed-embedding";
import { stemWord } from "./offline-keywords";
import { type OfflineLanguage, splitWords } from "./offline-language-rules";

// Korean words carry more per word (particles attached), so two stems already make a phrase.
const gramSize: Record<OfflineLanguage, number> = { en: 3, ko: 2 };

function toStems(options: { text: string; language: OfflineLanguage }): string[] {
  return splitWords(foldText(options.text)).map((word) =>
    stemWord({ word, language: options.language }),
  );
}

/** The question's phrases (stem n-grams): wording an answer can copy without saying anything. */
export function buildQuestionGrams(options: { question: string; language: OfflineLanguage }) {
  const stems = toStems({ text: options.question, language: options.language });
  const size = gramSize[options.language];
  const grams = new Set<string>();
  for (let i = 0; i + size <= stems.length; i++) grams.add(stems.slice(i, i + size).join(" "));
  return grams;
}

/** Which words of a sentence sit inside a phrase copied from the question. */
export function markCopiedWords(options: {
  stems: string[];
  questionGrams: Set<string>;
  language: OfflineLanguage;
}): boolean[] {
  const size = gramSize[options.language];
  const copied = options.stems.map(() => false);
  for (let i = 0; i + size <= options.stems.length; i++) {
    if (!options.questionGrams.has(options.stems.slice(i, i + size).join(" "))) continue;
    for (let j = i; j < i + size; j++) copied[j] = true;
  }
  return copied;
}

/**
 * How close this answer is to the interview's other answers once each question's own words are
 * removed (cosine of hashed n-gram embeddings, the highest one): one generic text given to every
 * question stays close, genuine answers to different questions do not.
 */
export function measureReuse(options: {
  question: string;
  text: string;
  otherAnswers: { question: string; text: string }[];
  language: OfflineLanguage;
}): number {
  const strip = (text: string, question: string) => {
    const questionStems = new Set(toStems({ text: question, language: options.language }));
    return splitWords(foldText(text))
      .filter((word) => !questionStems.has(stemWord({ word, language: options.language })))
      .join(" ");
  };
  const own = strip(options.text, options.question);
  if (splitWords(own).length < 15) return 0;
  const vector = embedTextHashed(own);
  const similarities = options.otherAnswers
    .map((other) => strip(other.text, other.question))
    .filter((other) => splitWords(other).length >= 15)
    .map((other) => cosine(vector, embedTextHashed(other)));
  return Math.max(0, ...similarities);
}

function cosine(a: number[], b: number[]): number {
  return a.reduce((total, value, i) => total + value * (b[i] ?? 0), 0);
}
