import "server-only";

export type OfflineLanguage = "en" | "ko";
export type MarkerGroup = "sequence" | "cause" | "example" | "result";

export type LanguageRules = {
  /** Marker groups: an answer earns structure credit per group it uses, not per repetition. */
  structureMarkers: Record<MarkerGroup, RegExp>;
  fillers: RegExp;
  /** Words that carry grammar, not content: a sentence has some, a keyword list almost none. */
  functionWords: Set<string>;
  /** Who acted: a sentence with one says who did what. */
  agents: RegExp;
  /** A predicate: en auxiliaries and past tenses, ko verb endings. */
  predicate: RegExp;
  /** Interview vocabulary every question uses ("describe", "경험"); never a topic keyword. */
  questionWords: Set<string>;
  /** Distinct content words at which the depth criterion is full. */
  fullContentWords: number;
  /** Words past which long, thin answers are discounted. */
  focusLength: number;
};

// Everything is measured on folded (lower-case) text, so Title Case or capitals change nothing.
// Latin-script \b does not work next to Hangul, so Korean patterns match plain substrings.
const englishRules: LanguageRules = {
  structureMarkers: {
    sequence: /\b(first(ly)?|second(ly)?|then|next|after that|afterwards?|finally|step)\b/g,
    cause: /\b(because|since|so that|therefore|which is why|the reason|due to)\b/g,
    example: /\b(for example|for instance|such as|e\.g\.|in one case|at my (last|previous))\b/g,
    result: /\b(as a result|result(ed|s)? in|outcome|went from|dropped|fell|rose|learned)\b/g,
  },
  // "like" only with a comma after it: as a verb or preposition it is not a filler.
  fillers: /\b(um+|uh+|erm|you know|basically|kind of|sort of|i mean|i guess)\b|\blike,/g,
  functionWords: new Set(
    "a an the and or but if of to in on at for with about from by into over under than then so as is are was were be been being do does did done have has had will would can could should may might must not no it its this that these those there here which who whom what when where why how i we my our me us you your he she they his her their them one also just only very more most some any each every both all after before because since while until".split(
      " ",
    ),
  ),
  agents:
    /\b(i|we|my team|our team|i'd|i'm|i've|i'll|we'd|we've|we're|we'll|she|he|they|the team|our|my)\b/,
  predicate:
    /\b(is|are|was|were|be|been|do|does|did|have|has|had|will|would|can|could|should|may|might|must|went|made|took|found|built|led|ran|saw|got|chose|wrote|told|kept|put|set|cut|said|knew|thought|gave|began|became|brought|caught|shipped|asked|use|used|make|take|get|need|want|start|check|add|look|move|keep|run|know|think|see|try|\w{3,}ed|\w{3,}s)\b/,
  questionWords: new Set(
    "describe tell time walk through would could should your you how what when why which who give example explain explained experience approach happened share talk about know knew make sure moment afterward afterwards imagine next first main consider considered decide decided something someone thing things own way ways situation case kind add keep plan now out find finding take takes go going such concrete handle use make makes made did done get need want look see put set try think deal work run happen happens realize realized lot lots many much well".split(
      " ",
    ),
  ),
  fullContentWords: 70,
  focusLength: 320,
};

const koreanRules: LanguageRules = {
  structureMarkers: {
    sequence: /(먼저|우선|첫째|둘째|그 다음|그다음|다음으로|이후|마지막으로|단계)/g,
    cause: /(왜냐하면|그래서|때문에|따라서|그러므로|이유는|위해)/g,
    example: /(예를 들어|예를 들면|예컨대|가령|사례로|한 번은|당시)/g,
    result: /(결과적으로|그 결과|결과|성과|개선|줄였|늘렸|올랐|떨어졌|향상|배웠)/g,
  },
  fillers: /(?<=^|\s)(음+|어+|뭐|그냥|약간|막|이제|아무튼)(?=[\s.,!?…]|$)/g,
  functionWords: new Set(
    "그 이 저 그리고 그래서 하지만 그러나 또는 및 등 것 수 때 더 잘 좀 다 또 및".split(" "),
  ),
  agents: /(저는|제가|저희|우리|팀은|팀이|팀과|저도|제 )/,
  predicate:
    /(습니다|었다|였다|했다|니다|어요|아요|해요|했고|하고|해서|했는데|하며|하여|되어|되었|였고|었고|면서|지만|는데|려고|도록|고요|거든요|는데요|네요|죠)(?=[\s.,!?…]|$)/,
  questionWords: new Set(
    "경험 사례 말씀 설명 방법 방식 과정 어떻게 무엇 무엇을 어떤 어떠했 왜 언제 본인 생각 가정 상황 실제 함께 구체 구체적 들어 있다면 있으신가요 있나요 하나 가장 직접 이후 다음 어느 때 경우 이유 결과 판단 대응 사실 같은 대해 위해 대한 이라면 라면 주세요 해주세요".split(
      " ",
    ),
  ),
  fullContentWords: 55,
  focusLength: 260,
};

export function getLanguageRules(language: OfflineLanguage): LanguageRules {
  return language === "ko" ? koreanRules : englishRules;
}

export function resolveOfflineLanguage(tag: string): OfflineLanguage {
  return tag.split("-")[0]?.toLowerCase() === "ko" ? "ko" : "en";
}

/** Words (en) or eojeol (ko), punctuation stripped. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
}
