import "server-only";
import { getLanguageRules, type OfflineLanguage, splitWords } from "./offline-language-rules";
import type { AnswerSegment } from "./types";

export type SentenceMeasure = {
  /** An exact substring of the segment's text, so it can serve as a verbatim evidence quote. */
  text: string;
  segmentId: string;
  isGraderDirective: boolean;
  markerGroups: string[];
  numberCount: number;
  namedTermCount: number;
  keywordHits: string[];
  fillerCount: number;
};

// A sentence ends at terminal punctuation followed by a space or the end, so "2.4 seconds" stays
// whole; a line break ends one too (transcripts often lack punctuation).
const sentencePattern = /\S[^\n]*?(?:[.!?。？！…]+(?=\s|$)|(?=\n)|$)/g;

/** Splits each segment into sentences and measures what the offline scorer credits in each. */
export function measureSentences(options: {
  segments: AnswerSegment[];
  language: OfflineLanguage;
  keywords: string[];
}): SentenceMeasure[] {
  const rules = getLanguageRules(options.language);
  const sentences: SentenceMeasure[] = [];
  for (const segment of options.segments) {
    for (const match of segment.text.matchAll(sentencePattern)) {
      const text = match[0].trim();
      if (splitWords(text).length === 0) continue;
      const lower = text.toLowerCase();
      sentences.push({
        text,
        segmentId: segment.segmentId,
        isGraderDirective: rules.graderDirectives.some((pattern) => pattern.test(text)),
        markerGroups: Object.entries(rules.structureMarkers)
          .filter(([, pattern]) => countMatches({ text, pattern }) > 0)
          .map(([group]) => group),
        numberCount: countMatches({ text, pattern: /\d+(?:[.,]\d+)?/g }),
        namedTermCount: countNamedTerms({ text, language: options.language }),
        keywordHits: options.keywords.filter((keyword) => lower.includes(keyword)),
        fillerCount: countMatches({ text, pattern: rules.fillers }),
      });
    }
  }
  return sentences;
}

function countMatches(options: { text: string; pattern: RegExp }): number {
  const flags = options.pattern.flags.includes("g")
    ? options.pattern.flags
    : `${options.pattern.flags}g`;
  return [...options.text.matchAll(new RegExp(options.pattern.source, flags))].length;
}

/**
 * Tools and names: in English, capitalised or mixed-case words past the first word (a sentence's
 * first word is capitalised anyway); in Korean, Latin-script words, which is how tools get written.
 */
function countNamedTerms(options: { text: string; language: OfflineLanguage }): number {
  const words = splitWords(options.text);
  if (options.language === "ko")
    return words.filter((word) => /^[A-Za-z][\w.+#-]+$/.test(word)).length;
  return words
    .slice(1)
    .filter((word) => word !== "I" && /^[A-Z][\w.+#-]*$|^[a-z]+[A-Z][\w]*$/.test(word)).length;
}
