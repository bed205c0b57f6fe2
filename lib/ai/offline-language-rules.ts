import "server-only";

export type OfflineLanguage = "en" | "ko";

export type LanguageRules = {
  /** Marker groups: an answer earns structure credit per group it uses, not per repetition. */
  structureMarkers: Record<"sequence" | "cause" | "example" | "result", RegExp>;
  fillers: RegExp;
  stopwords: Set<string>;
  /** Sentences that address the evaluator instead of the question; never credited. */
  graderDirectives: RegExp[];
  /** Target length at which the depth criterion is full, in the unit `measureLength` counts. */
  fullLength: number;
};

// Latin-script \b does not work next to Hangul, so Korean patterns match plain substrings.
const englishRules: LanguageRules = {
  structureMarkers: {
    sequence: /\b(first(ly)?|second(ly)?|then|next|after that|finally|step)\b/gi,
    cause: /\b(because|since|so that|therefore|which is why|the reason)\b/gi,
    example: /\b(for example|for instance|such as|e\.g\.|in one case)\b/gi,
    result: /\b(result(ed|s)?|as a result|outcome|impact|improv(ed|ing)|reduc(ed|ing)|learned)\b/gi,
  },
  // "like" only with a comma after it: as a verb or preposition it is not a filler.
  fillers: /\b(um+|uh+|erm|you know|basically|kind of|sort of|i mean)\b|\blike,/gi,
  stopwords: new Set(
    "a an the and or but if of to in on at for with about from by is are was were be been do does did you your how what when why which who describe tell me time have has had that this it its can could would should give example".split(
      " ",
    ),
  ),
  graderDirectives: [
    /\bignore\b.{0,40}\b(instruction|prompt|rubric|above|previous|prior)s?\b/i,
    /\b(give|award|grant|assign|rate|score)\b.{0,30}\b(100|full marks?|perfect|top|maximum|max|highest)\b/i,
    /\b(system prompt|you are (now )?(an? |the )?(grader|evaluator|ai|assistant)|as the (grader|evaluator))\b/i,
    /\b(this|my) answer (deserves|should (get|receive)|is worth)\b/i,
  ],
  fullLength: 150,
};

const koreanRules: LanguageRules = {
  structureMarkers: {
    sequence: /(먼저|우선|첫째|둘째|그 다음|다음으로|이후|마지막으로)/g,
    cause: /(왜냐하면|그래서|때문에|따라서|그러므로|이유는)/g,
    example: /(예를 들어|예를 들면|예컨대|가령|사례)/g,
    result: /(결과|성과|개선|줄였|늘렸|향상|배웠)/g,
  },
  fillers: /(?<=^|\s)(음+|어+|뭐|그냥|약간|막|이제|아무튼)(?=[\s.,!?…]|$)/g,
  stopwords: new Set(
    "그 이 저 것 수 등 및 또는 그리고 대해 대한 어떻게 무엇 무엇을 왜 언제 어떤 있는 있나요 했나요 설명해 설명해주세요 말씀해 말씀해주세요 주세요".split(
      " ",
    ),
  ),
  graderDirectives: [
    /(100|백)\s*점/,
    /만점/,
    /(최고|높은)\s*점수/,
    /점수를?\s*(주|줘|부여|매겨)/,
    /(이전|앞의|위의)\s*(지시|명령|지침|프롬프트)/,
    /(지시|명령|지침|규칙).{0,10}무시/,
    /(평가자|채점자)(는|님)?\s*(이|지금)/,
  ],
  fullLength: 300,
};

export function getLanguageRules(language: OfflineLanguage): LanguageRules {
  return language === "ko" ? koreanRules : englishRules;
}

export function resolveOfflineLanguage(tag: string): OfflineLanguage {
  return tag.split("-")[0]?.toLowerCase() === "ko" ? "ko" : "en";
}

/** Words (en) or eojeol (ko), punctuation stripped. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** en: words; ko: non-space characters, since eojeol counts hide how much was said. */
export function measureLength(options: { text: string; language: OfflineLanguage }): number {
  if (options.language === "ko") return options.text.replace(/[\s\p{P}]/gu, "").length;
  return splitWords(options.text).length;
}

const koreanParticle =
  /(으로서|으로써|에서는|에게서|이라고|으로|에서|에게|까지|부터|처럼|보다|하고|이나|과|와|은|는|이|가|을|를|에|의|로|도|만)$/;

/** Content words of a question, reduced to stems that can be searched for in the answer. */
export function extractKeywords(options: { text: string; language: OfflineLanguage }): string[] {
  const { stopwords } = getLanguageRules(options.language);
  const stems = splitWords(options.text.toLowerCase())
    .filter((word) => !stopwords.has(word))
    .map((word) =>
      options.language === "ko"
        ? word.replace(koreanParticle, "")
        : word.replace(/(ing|ed|es|s)$/, "").slice(0, 6),
    )
    .filter((stem) => stem.length >= (options.language === "ko" ? 2 : 4));
  return [...new Set(stems)];
}
