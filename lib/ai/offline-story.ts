import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";

/** What one sentence shows of the story interviewers grade, read on folded text with digits. */
export type StorySignals = {
  /**
   * The candidate's actions in the sentence: 1 per action taken ("I ran ANALYZE, raised the
   * target and added an index" is 3, at most 3), 0.5 for one they say they would take.
   */
  ownAction: number;
  /** A specific past situation: when and where it happened. */
  situation: boolean;
  /** A result tied to a measured change: a number next to a result word, or before → after. */
  measuredOutcome: boolean;
  /** A result word with no measure: something changed, by how much is not said. */
  outcome: boolean;
  /** An option weighed against the one taken. */
  alternative: boolean;
  /** What the candidate learned or does differently since. */
  lesson: boolean;
};

// What someone always or usually does is a claim about themselves, not an action in a story.
const habitual: Record<OfflineLanguage, RegExp> = {
  en: /\b(always|usually|typically|generally|whenever|every time|i tend to|in my experience|proactively|closely|carefully|effectively|successfully)\b/,
  ko: /(항상|늘 |언제나|매번|보통|평소|해 왔습니다|해왔습니다|어느 팀에서든|여러 차례|적극적으로|긴밀하게|꼼꼼히|체계적으로|성공적으로|효과적으로)/,
};

type StoryRules = {
  ownPast: RegExp;
  /** A further past action in the same sentence, its subject shared ("…, raised X and added Y"). */
  chainedPast: RegExp;
  ownPlanned: RegExp;
  situation: RegExp;
  resultWord: RegExp;
  beforeAfter: RegExp;
  /** A problem that stopped ("no further incidents"): measured when the sentence gives a span. */
  noneSince: RegExp;
  /** How many words may stand between a number and the result word it measures. */
  window: number;
  alternative: RegExp;
  lesson: RegExp;
};

// Verbs that describe a state of mind or being, not an action: "I was", "I felt", "I believe".
const enStative =
  "was|were|am|is|had|have|has|felt|feel|thought|think|knew|know|believe|believed|wanted|want|liked|like|love|enjoy|enjoyed|hope|hoped|guess|always|usually|often|never|really|just|also|still|tend|can't|cannot|don't|didn't|haven't|wasn't";
const enIrregularPast =
  "went|made|took|found|built|led|ran|saw|got|chose|wrote|told|kept|put|set|cut|said|gave|began|brought|caught|sent|spent|drove|paid|rewrote|split|shipped|sat|met|held|moved|asked|pulled|did";

const rules: Record<OfflineLanguage, StoryRules> = {
  en: {
    ownPast: new RegExp(
      `\\b(i|we)\\s+(?:\\w+ly\\s+|then\\s+|also\\s+|first\\s+|finally\\s+)?(?!(?:${enStative})\\b)(\\w{2,}ed|${enIrregularPast})\\b`,
    ),
    chainedPast: new RegExp(
      `(?:,|\\band|\\bthen)\\s+(?!(?:${enStative})\\b)(\\w{2,}ed|${enIrregularPast})\\b`,
      "g",
    ),
    ownPlanned:
      /\b(i|we)(?:'d|’d|\s+would|\s+will|'ll|’ll)\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!(?:be|have|think|believe|like|love|try|hope|say|probably|just)\b)\w{2,}/,
    situation:
      /\b(at my (last|previous|old|current|first) (job|company|role|team|employer)|at (a|an|our) ([a-z-]+ )?(company|startup|retailer|bank|agency|client)|(last|this) (year|spring|summer|autumn|fall|winter|quarter|month|week)|(a|one|two|three|few|couple of) (years?|months?|weeks?) ago|on (my|our) (last |previous )?(team|project)|one (friday|monday|tuesday|wednesday|thursday|saturday|sunday|evening|morning|night|day)|on a (friday|monday|weekend)|in one case|when (our|my|the|a)\b.*\b(was|were|had|went|doubled|dropped|grew|wanted|joined|asked)|when (i|we) (joined|launched|moved|started|took over|inherited|designed|built))\b/,
    resultWord:
      /\b(reduc\w*|cut|dropp\w*|drops?|fell|falls?|rose|rises?|increas\w*|decreas\w*|improv\w*|savings?|grew|grow|raised|lifted|boosted|higher|lower|gained|jumped|climbed|shrank|halv\w*|doubl\w*|tripl\w*|settled|stopped|recover\w*|went (back|down|up|from)|came (back|down)|faster|slower|fewer|result\w*|outcome|ended up|no further|nothing recurred|signed|delivered|shipped|launched|converted|churn\w*)\b/,
    beforeAfter:
      /\bfrom (about |around |roughly |over |under )?[^\s]*\d[^.;]{0,60}?\bto (about |around |under )?[^\s]*\d|\d[^\s]*\s+(\w+\s+){0,2}(instead of|rather than|down from|up from|went to|to)\s+(the\s+)?(about\s+)?[^\s]*\d|\b(up|down) (by )?(about )?\d|\d[^\s]*\s+(\w+\s+)?(higher|lower|more|less|fewer|faster|slower)\b/,
    window: 5,
    noneSince: /\b(no further|no more|no new|nothing recurred|never recurred|didn't recur|zero)\b/,
    alternative:
      /\b(chose [^.]{1,40} over|instead of|rather than|instead|trade-?offs?|i considered|we considered|considered|alternatives?|could have|was tempted|weighed|rejected|over a full|the other option|the quick option|the fast option|on the other hand|versus|vs\.?)\b/,
    lesson:
      /\b(i learned|i've learned|i learnt|learned to|lesson|taught me|in hindsight|looking back|next time|i'd now|now i|since then|should have|what i took|i took from|i keep|i'd do|i would do|what i('d| would) change|i now|to prevent|prevent (it|this|that)|never again|from then on|ever since|(added|set up) an? (alert|check|guard|test))\b/,
  },
  ko: {
    ownPast:
      /(제가|저는|저도|저희는|저희가|우리는|직접)[^.]*(했|였|었|았|줬|냈|웠|혔|봤|췄|왔)|[을를]\s(?:[^\s]+\s){0,4}[^\s]*(했습니다|했고|했으며|했는데|했어요|했죠|했다|였습니다|었습니다|았습니다|봤습니다|봤고|줬습니다|뒀고|두었고|만들었|옮겼|바꿨|넣었|붙였|잡았|열었|나눴|정했|물었|맡겼|택했|골랐)/,
    chainedPast:
      /((했|였|었|았|줬|냈|웠|혔|봤|뒀|췄)(고|으며|는데|지만)|[가-힣](하고|해서|하여|하며|하면서))[\s,]/g,
    ownPlanned:
      /[을를에]\s(?:[^\s]+\s){0,3}[^\s]*(하겠습니다|보겠습니다|겠습니다|할 것입니다|할 겁니다)/,
    situation:
      /(이전 회사|전 회사|[월화수목금토일]요일|저녁|새벽|지난 (주|달|분기)|(몇|두|세|한) (달|해|주) 전|(았|었|였|왔|됐|했|갔|났|졌)을 때|(할|될|일) 때|(출시|도입|개편|합류|이전|전환)하면서|전 직장|이전 직장|당시|작년|재작년|예전에|지난해|에서 일할 때|할 때였|했을 때|였을 때|맡았을 때|합류했을 때|맡고 있을 때|출시할 때|만들 때|개편할 때|담당했을 때|회사에서)/,
    resultWord:
      /(줄었|줄어|줄였|늘었|늘어|늘렸|올랐|오른|올렸|떨어졌|떨어진|빠졌|하락|상승|감소|증가|개선|단축|회복|돌아왔|높았|낮았|사라졌|그쳤|달성|넘었|넘겼|이탈했|이탈한 곳은 없|한 번도 없었|재발하지 않았|발생하지 않았|됐습니다|되었습니다|안정|출시했|계약했|서명|결과적으로|그 결과)/,
    beforeAfter:
      /\d[^\s]*\s*에서\s*(약\s*|평균\s*)?[^\s]*\d|\d[^\s]*\s*[이가]\s*(아니라|대신)\s*[^\s]*\d/,
    window: 5,
    noneSince: /(한 번도 없었|재발하지 않았|다시 발생하지 않았|0건)/,
    alternative:
      /(대신|보다는|빠른 방법|쉬운 방법|방법이었지만|방법이지만|방법도 있었|안도 있었|수도 있었지만|수도 있었는데|고려했|검토했|트레이드오프|대안|택하지 않|택했|선택했|반면|비교했)/,
    lesson:
      /(배웠|배운 것|교훈|깨달았|돌아보면|돌이켜|다음에는|이후로는|그 뒤로는|그 이후로|지금은|지금도|했어야|알게 됐|느꼈|재발 방지|재발하지 않도록|이후에는)/,
  },
};

/** A number within a few words of a result word: "cut tickets by a third" is not, "fell 40%" is. */
function isMeasuredNearby(options: { text: string; rules: StoryRules }): boolean {
  const words = options.text.split(/\s+/);
  const numbers = words.flatMap((word, i) => (/(?<![\p{L}])\d/u.test(word) ? [i] : []));
  if (numbers.length === 0) return false;
  const pattern = new RegExp(options.rules.resultWord.source);
  return words.some((_, i) => {
    const phrase = words.slice(i, i + 3).join(" ");
    if (!pattern.test(phrase) || (i > 0 && pattern.test(words.slice(i + 1, i + 3).join(" "))))
      return false;
    return numbers.some((n) => Math.abs(n - i) <= options.rules.window);
  });
}

// Past actions in a clause cut out of an unpunctuated run: its subject was said before the cut.
const continuedPast: Record<OfflineLanguage, RegExp> = {
  en: new RegExp(
    `\\b(?<!\\b(?:was|were|been|is|are|be|had|have|has|got) )(\\w{3,}ed|${enIrregularPast})\\b`,
    "g",
  ),
  ko: /(했|줬|냈|웠|혔|봤|뒀|췄|꿨|겼)(고|으며|습니다|어요|고요)(?=[\s,.]|$)/g,
};

/**
 * Reads one sentence's story signals; `text` is folded, with spoken numbers as digits.
 * `continuesOwnStory`: the unit is cut from a run whose earlier part said who acted.
 */
export function readStorySignals(options: {
  text: string;
  language: OfflineLanguage;
  continuesOwnStory?: boolean;
  /** The last words before this unit in the same spoken run, where a result's number may sit. */
  lead?: string;
}): StorySignals {
  const r = rules[options.language];
  const { text } = options;
  const isHabitual = habitual[options.language].test(text);
  const measuredText = options.lead ? `${options.lead} ${text}` : text;
  const chained = r.ownPast.test(text) ? (text.match(r.chainedPast) ?? []).length : 0;
  const continued = options.continuesOwnStory
    ? (text.match(continuedPast[options.language]) ?? []).length
    : 0;
  const ownAction = isHabitual
    ? 0
    : r.ownPast.test(text)
      ? Math.min(3, 1 + chained)
      : r.ownPlanned.test(text)
        ? 0.5
        : Math.min(3, continued);
  const outcome = r.resultWord.test(text);
  return {
    ownAction,
    situation: r.situation.test(text),
    measuredOutcome:
      r.beforeAfter.test(measuredText) ||
      isMeasuredNearby({ text: measuredText, rules: r }) ||
      (r.noneSince.test(measuredText) && /\d/.test(measuredText)),
    outcome,
    alternative: r.alternative.test(text),
    lesson: r.lesson.test(text),
  };
}
