import "server-only";
import { foldText } from "./fold-answer-text";
import { getLanguageRules, type OfflineLanguage, splitWords } from "./offline-language-rules";

// Korean attaches particles and verb endings to the word: "처리할", "정하시겠습니까", "파악하시겠습니까".
// Without stripping them a question's own endings become "keywords" that a list of endings can
// hit. Longest first, so "하셨나요" goes before "나요".
const koreanEndings = [
  "하시겠습니까",
  "시겠습니까",
  "하셨습니까",
  "하셨나요",
  "하셨는지",
  "하셨는데",
  "하셨다면",
  "하셨고",
  "하셨던",
  "하셨을",
  "하시나요",
  "하시는",
  "하셨",
  "하신",
  "하실",
  "해졌을",
  "했다는",
  "했는지",
  "했나요",
  "했다면",
  "했던",
  "했을",
  "했다",
  "했고",
  "했습니다",
  "합니다",
  "하는지",
  "한다면",
  "하는",
  "하고",
  "하며",
  "하여",
  "해야",
  "해서",
  "하기",
  "되었나요",
  "되는",
  "되어",
  "되었",
  "겠습니까",
  "습니까",
  "었나요",
  "았다면",
  "었다면",
  "이라면",
  "라면",
  "졌을",
  "적인",
  "적으로",
  "으신",
  "나요",
  "는지",
  "던",
  "해",
  "한",
  "할",
  "된",
  "될",
];
const koreanParticles =
  /(으로서|으로써|에서는|에게서|이라고|에서|에게|까지|부터|처럼|보다|이나|으로|과|와|은|는|이|가|을|를|에|의|로|도|만|께)$/;

/** A word reduced to what can be searched for: en a suffix-free prefix, ko the bare stem. */
export function stemWord(options: { word: string; language: OfflineLanguage }): string {
  const word = options.word.toLowerCase();
  if (options.language === "en" || !/\p{Script=Hangul}/u.test(word))
    return word
      .replace(/['’]s$/, "")
      .replace(/(ing|ed|es|s)$/, "")
      .slice(0, 6);
  const ending = koreanEndings.find((end) => word.endsWith(end) && word.length > end.length);
  if (ending) return word.slice(0, -ending.length);
  const stem = word.replace(koreanParticles, "");
  return stem.length > 2 ? stem.replace(/들$/, "") : stem;
}

/** Whether an answer's stem counts as the keyword: prefixes match, so "cach" hits "cache". */
export function matchesKeyword(options: { stem: string; keyword: string }): boolean {
  const { stem, keyword } = options;
  if (stem === keyword) return true;
  if (/\p{Script=Hangul}/u.test(keyword)) return stem.includes(keyword);
  const shorter = stem.length < keyword.length ? stem : keyword;
  const longer = shorter === stem ? keyword : stem;
  // "read" is not "read-heavy": a prefix match may not stop at a hyphen of a compound.
  return shorter.length >= 4 && longer.startsWith(shorter) && longer[shorter.length] !== "-";
}

/** Content words of a question, reduced to stems; grammar and interview vocabulary left out. */
export function extractKeywords(options: { text: string; language: OfflineLanguage }): string[] {
  const { functionWords, questionWords } = getLanguageRules(options.language);
  const isCommon = (word: string) => functionWords.has(word) || questionWords.has(word);
  const stems = splitWords(foldText(options.text))
    .filter((word) => !isCommon(word))
    .map((word) => stemWord({ word, language: options.language }))
    .filter((stem) => !isCommon(stem))
    .filter((stem) => stem.length >= (/\p{Script=Hangul}/u.test(stem) ? 2 : 3));
  // "caching" and "cache" are one keyword, not two the answer must both hit.
  return stems.filter(
    (stem, i) => !stems.slice(0, i).some((earlier) => matchesKeyword({ stem, keyword: earlier })),
  );
}
