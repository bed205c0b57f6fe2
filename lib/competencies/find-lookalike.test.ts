import { describe, expect, it } from "vitest";
import { findBuiltInLookalike } from "./find-lookalike";

describe("findBuiltInLookalike", () => {
  it.each([
    ["problem_solving", "problem-solving"],
    ["Problem Solving", "problem-solving"],
    ["problem-solvng", "problem-solving"],
    ["comunication", "communication"],
    ["communications", "communication"],
    ["sytem-desing", "system-design"],
    ["ownershp", "ownership"],
    ["문제 해결", "problem-solving"],
    ["커뮤니케이숀", "communication"],
    ["data analysis", "data-analysis"],
  ])("takes %s for the built-in %s", (key, builtIn) => {
    expect(findBuiltInLookalike(key)).toBe(builtIn);
  });

  it.each([
    "ownership",
    "sql",
    "debugging",
    "customer-empathy",
    "incident response",
    "automation",
    "observability",
    "leadership",
    "product-design",
    "갈등 해결",
    "리더십",
  ])("leaves %s alone", (key) => {
    expect(findBuiltInLookalike(key)).toBeNull();
  });
});
