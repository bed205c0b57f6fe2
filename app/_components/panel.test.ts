import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Panel, PanelHeading } from "./panel";

function labelOf(html: string) {
  const labelledBy = html.match(/<section aria-labelledby="([^"]+)"/)?.[1];
  const headingId = html.match(/<h[23] id="([^"]+)"/)?.[1];
  return { labelledBy, headingId };
}

describe("Panel", () => {
  it("names the section by its heading with a generated id, unique per panel", () => {
    const html = renderToStaticMarkup(
      createElement(
        "div",
        null,
        createElement(Panel, { heading: "Cache" }),
        createElement(Panel, { heading: "Jobs" }),
      ),
    );
    const ids = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(html).toContain(`<h2 id="${id}"`);
  });

  it("keeps a given heading id, as deep links and browser tests use it", () => {
    const html = renderToStaticMarkup(
      createElement(Panel, { heading: "Question 1", headingId: "question-1", headingLevel: 3 }),
    );
    expect(labelOf(html)).toEqual({ labelledBy: "question-1", headingId: "question-1" });
    expect(html).toContain("<h3");
  });

  it("renders the card classes of its tone, the roomy padding, and the caller's classes", () => {
    const html = renderToStaticMarkup(
      createElement(Panel, {
        heading: "Waiting",
        tone: "warning",
        padding: "roomy",
        className: "mt-6",
      }),
    );
    expect(html).toContain(
      'class="rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-6 mt-6"',
    );
    expect(html).toContain('class="text-lg font-semibold text-amber-950"');
  });

  it("puts actions in one wrapping row with the heading", () => {
    const html = renderToStaticMarkup(
      createElement(Panel, {
        heading: "Positions",
        tone: "plain",
        actions: createElement("a", { href: "/positions" }, "Manage"),
      }),
    );
    expect(html).toMatch(
      /^<section aria-labelledby="[^"]+"><div class="flex flex-wrap items-baseline justify-between gap-2"><h2 [^>]+>Positions<\/h2><a href="\/positions">Manage<\/a><\/div><\/section>$/,
    );
  });

  it("is named by a heading its children render deeper down", () => {
    const html = renderToStaticMarkup(
      createElement(
        Panel,
        { labelledBy: "summary-heading", className: "grid" },
        createElement(
          "div",
          null,
          createElement(PanelHeading, { id: "summary-heading", headingStyle: "normal" }, "Summary"),
        ),
      ),
    );
    expect(labelOf(html)).toEqual({ labelledBy: "summary-heading", headingId: "summary-heading" });
  });
});
