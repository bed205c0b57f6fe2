import { describe, expect, it } from "vitest";
import { initialNoticeChoices, isChoiceComplete, toPreferencesBody } from "./notice-choices";

const hash = "a".repeat(64);

describe("the notice screen's choices", () => {
  it("sends AI scoring on and no accommodation by default", () => {
    expect(toPreferencesBody(hash, initialNoticeChoices(null))).toEqual({
      noticeHash: hash,
      aiScoring: true,
    });
  });

  it("sends an opt-out and a request with its kinds and trimmed note", () => {
    const body = toPreferencesBody(hash, {
      noAiScoring: true,
      askAccommodation: true,
      kinds: ["more_time"],
      note: "  I read slowly. ",
    });
    expect(body).toEqual({
      noticeHash: hash,
      aiScoring: false,
      accommodation: { kinds: ["more_time"], note: "I read slowly." },
    });
  });

  it("drops the kinds when the request is unticked, and holds Continue while a request has none", () => {
    const choices = {
      noAiScoring: false,
      askAccommodation: false,
      kinds: ["break" as const],
      note: "x",
    };
    expect(toPreferencesBody(hash, choices)).not.toHaveProperty("accommodation");
    expect(isChoiceComplete({ ...choices, askAccommodation: true, kinds: [] })).toBe(false);
    expect(isChoiceComplete(choices)).toBe(true);
  });

  it("starts from the choices sent before a reload", () => {
    const choices = initialNoticeChoices({
      hash,
      title: "How AI is used in this interview",
      paragraphs: [],
      aiScoring: false,
      hasSentChoices: true,
      request: { kinds: ["typed_only"], note: "Note" },
      isGranted: false,
    });
    expect(choices).toEqual({
      noAiScoring: true,
      askAccommodation: true,
      kinds: ["typed_only"],
      note: "Note",
    });
  });
});
