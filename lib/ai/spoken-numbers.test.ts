import { describe, expect, it } from "vitest";
import { spellNumbersAsDigits } from "./spoken-numbers";

describe("spellNumbersAsDigits", () => {
  it.each([
    ["went from eighty five percent to thirty percent", "went from 85 percent to 30 percent"],
    ["a hundred and eighty milliseconds", "180 milliseconds"],
    ["about fourteen hundred were delayed", "about 1400 were delayed"],
    ["six thousand line module", "6000 line module"],
    ["nothing to read here", "nothing to read here"],
  ])("en: %s", (text, expected) => {
    expect(spellNumbersAsDigits({ text, language: "en" })).toBe(expected);
  });

  it.each([
    ["전환율이 이십 퍼센트에서 사십칠 퍼센트로", "전환율이 20 퍼센트에서 47 퍼센트로"],
    ["일 점 오 퍼센트포인트 떨어졌어요", "1.5 퍼센트포인트 떨어졌어요"],
    ["월 매출이 약 이천만 원 늘었습니다", "월 매출이 약 20000000 원 늘었습니다"],
    ["석 달 뒤에 열 명이랑", "3 달 뒤에 10 명이랑"],
    // Without a counter, "이" is "this" and "일" is "work".
    ["이 결과로 일을 했다", "이 결과로 일을 했다"],
  ])("ko: %s", (text, expected) => {
    expect(spellNumbersAsDigits({ text, language: "ko" })).toBe(expected);
  });
});
