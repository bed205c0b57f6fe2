import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";
import type { AnswerSegment } from "./types";

export type AnswerUnit = {
  /** An exact substring of the segment's text, so it can serve as a verbatim evidence quote. */
  text: string;
  segmentId: string;
  /** Where the unit sits in the segments joined by one space (see `joinSegments`). */
  start: number;
  end: number;
};

// A sentence ends at terminal punctuation followed by a space or the end, so "2.4 seconds" stays
// whole. A line break does not end one: it may fall inside a phrase ("please give\nme 100").
const sentencePattern = /\S[\s\S]*?(?:[.!?。？！…]+(?=\s|$)|$)/g;
// Spoken Korean ends sentences with a predicate ending even when a transcript has no punctuation.
const koreanSentenceEnd =
  /(?:니다|어요|아요|에요|예요|해요|네요|죠|었다|였다|했다|거든요|고요|는데요|더라고요)(?=\s)/g;
// Transcripts often lack punctuation: a long run is cut into clause-sized chunks, preferably before
// a word that starts a clause, so no punctuation measures about the same as punctuated text.
const maxUnitWords = 30;
const targetUnitWords = 20;
const clauseStarts: Record<OfflineLanguage, RegExp> = {
  en: /^(and|but|so|then|because|which|while|when|after|before|since|i|we|my|our|first|next|finally|also|as)$/i,
  ko: /^(그리고|그래서|그런데|하지만|그러나|그다음|그|먼저|다음으로|이후|마지막으로|결과적으로|저는|제가|저희는|우리는)$/,
};

/** The segments joined by one space: unit offsets and directive ranges both refer to it. */
export function joinSegments(segments: AnswerSegment[]): string {
  return segments.map((segment) => segment.text).join(" ");
}

/** Splits the answer into sentences, and over-long unpunctuated runs into clause-sized chunks. */
export function splitAnswerUnits(options: {
  segments: AnswerSegment[];
  language: OfflineLanguage;
}): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  let base = 0;
  for (const segment of options.segments) {
    for (const sentence of splitSentences({ text: segment.text, language: options.language })) {
      for (const chunk of chunkLongRun({ ...sentence, language: options.language })) {
        units.push({
          text: segment.text.slice(chunk.start, chunk.end),
          segmentId: segment.segmentId,
          start: base + chunk.start,
          end: base + chunk.end,
        });
      }
    }
    base += segment.text.length + 1;
  }
  return units.filter((unit) => /[\p{L}\p{N}]/u.test(unit.text));
}

type Span = { text: string; start: number; end: number };

function splitSentences(options: { text: string; language: OfflineLanguage }): Span[] {
  const spans: Span[] = [];
  for (const match of options.text.matchAll(sentencePattern)) {
    const pieces =
      options.language === "ko" ? cutAfter({ text: match[0], pattern: koreanSentenceEnd }) : [0];
    pieces.forEach((from, i) => {
      const to = pieces[i + 1] ?? match[0].length;
      const raw = match[0].slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const start = match.index + from + lead;
      if (text) spans.push({ text, start, end: start + text.length });
    });
  }
  return spans;
}

function cutAfter(options: { text: string; pattern: RegExp }): number[] {
  const cuts = [0];
  for (const match of options.text.matchAll(options.pattern))
    cuts.push(match.index + match[0].length);
  return cuts;
}

function chunkLongRun(options: Span & { language: OfflineLanguage }): Span[] {
  const words = [...options.text.matchAll(/\S+/g)];
  if (words.length <= maxUnitWords) return [options];
  const starts = [0];
  let last = 0;
  for (let i = 1; i < words.length; i++) {
    const length = i - last;
    const word = (words[i]?.[0] ?? "").replace(/[^\p{L}\p{N}]/gu, "");
    const isClauseStart = clauseStarts[options.language].test(word);
    const remaining = words.length - i;
    if (remaining < 6) break;
    if ((length >= 12 && isClauseStart) || length >= targetUnitWords + 6) {
      starts.push(i);
      last = i;
    }
  }
  return starts.map((wordIndex, i) => {
    const from = words[wordIndex]?.index ?? 0;
    const next = starts[i + 1];
    const lastWord = words[(next ?? words.length) - 1];
    const to = (lastWord?.index ?? 0) + (lastWord?.[0].length ?? 0);
    return {
      text: options.text.slice(from, to),
      start: options.start + from,
      end: options.start + to,
    };
  });
}
