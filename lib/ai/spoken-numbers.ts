import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";

// Speech-to-text writes numbers as words ("forty percent", "사십 퍼센트"); a measured outcome
// said aloud is as measured as one typed with digits.

const enUnits: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const enScales: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

const sinoDigits: Record<string, number> = {
  영: 0,
  공: 0,
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
const sinoScales: Record<string, number> = {
  십: 10,
  백: 100,
  천: 1_000,
  만: 10_000,
  억: 100_000_000,
};
const nativeNumbers: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  석: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  스무: 20,
  스물: 20,
  서른: 30,
  마흔: 40,
  쉰: 50,
};
// What a Korean number is a number of; without one, "이" is "this" and "일" is "work".
const koreanCounter =
  /^(퍼센트|프로|%|건|명|개|번|분|초|시간|일|주|달|개월|년|원|점|배|곳|가지|차례|배|밀리초|만|천|억)/;

/** The text with spelled-out numbers written as digits, so number patterns see them. */
export function spellNumbersAsDigits(options: { text: string; language: OfflineLanguage }): string {
  return options.language === "ko"
    ? replaceKoreanNumbers(options.text)
    : replaceEnglishNumbers(options.text);
}

function replaceEnglishNumbers(text: string): string {
  const tokens = text.split(/(\s+|-)/);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const parsed = /^(\s+|-)$/.test(tokens[i] ?? "") ? null : parseEnglishNumber(tokens, i);
    if (parsed) {
      out.push(String(parsed.value), parsed.trail);
      i = parsed.next;
    } else {
      out.push(tokens[i] ?? "");
      i++;
    }
  }
  return out.join("");
}

const bare = (token: string | undefined) => (token ?? "").toLowerCase().replace(/[^a-z]/g, "");

function parseEnglishNumber(tokens: string[], start: number) {
  let total = 0;
  let current = 0;
  let seen = false;
  let i = start;
  let end = start;
  let decimals = "";
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || /^(\s+|-)$/.test(token)) {
      i++;
      continue;
    }
    const word = bare(token);
    const next = bare(tokens.slice(i + 1).find((t) => !/^(\s+|-)$/.test(t)));
    if (word in enUnits) current += enUnits[word] ?? 0;
    else if (word in enScales) {
      const scale = enScales[word] ?? 1;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (word === "a" && !seen && next in enScales) current = 1;
    else if (word === "and" && seen && (next in enUnits || next === "a")) {
      if (next === "a") break;
    } else if (word === "point" && seen && next in enUnits) {
      const digit = enUnits[next] ?? 0;
      decimals = `.${digit}`;
      i += 2;
      end = i;
      break;
    } else break;
    if (word !== "a" && word !== "and") seen = true;
    i++;
    end = i;
    if (/[^a-z]$/i.test(token)) break;
  }
  if (!seen) return null;
  const last = tokens[end - 1] ?? "";
  return {
    value: `${total + current}${decimals}`,
    next: end,
    trail: last.match(/[^a-z]+$/i)?.[0] ?? "",
  };
}

function parseSino(word: string): number | null {
  if (!/^[영공일이삼사오육칠팔구십백천만억]+$/.test(word)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of word) {
    if (char in sinoDigits) digit = sinoDigits[char] ?? 0;
    else {
      const scale = sinoScales[char] ?? 1;
      if (scale >= 10_000) {
        total += (section + digit || 1) * scale;
        section = 0;
      } else section += (digit || 1) * scale;
      digit = 0;
    }
  }
  return total + section + digit;
}

function parseNative(word: string): number | null {
  const tens = Object.entries(nativeNumbers).find(([name]) => word.startsWith(name));
  if (!tens) return null;
  const rest = word.slice(tens[0].length);
  if (rest === "") return tens[1];
  const unit = nativeNumbers[rest];
  return tens[1] >= 10 && unit !== undefined && unit < 10 ? tens[1] + unit : null;
}

function replaceKoreanNumbers(text: string): string {
  const words = text.split(/(\s+)/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const next = words[i + 2] ?? "";
    // "일 점 오" is 1.5: a numeral, "점", a numeral.
    const sino = parseSino(word);
    if (sino !== null && words[i + 2] === "점") {
      const fraction = parseSino(words[i + 4] ?? "");
      if (fraction !== null && fraction < 10) {
        out.push(`${sino}.${fraction}`);
        i += 4;
        continue;
      }
    }
    const number = readKoreanNumber(word, next);
    out.push(number ?? word);
  }
  return out.join("");
}

/** A numeral eojeol ("사십칠", "이천만", "열두") followed by its counter, attached or next. */
function readKoreanNumber(word: string, next: string): string | null {
  for (let cut = word.length; cut > 0; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    const value = parseSino(head) ?? parseNative(head);
    if (value === null) continue;
    const counted = tail ? koreanCounter.test(tail) : koreanCounter.test(next);
    // A lone syllable with no scale ("이", "일", "한") is a number only before a counter word.
    const isPlainWord = head.length === 1 && !tail && !/[십백천만억]/.test(head);
    if (!counted || (isPlainWord && !koreanCounter.test(next))) return null;
    return `${value}${tail}`;
  }
  return null;
}
