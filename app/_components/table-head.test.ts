import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableHead } from "./table-head";

function render(props: Parameters<typeof TableHead>[0]) {
  return renderToStaticMarkup(createElement("table", null, createElement(TableHead, props)));
}

describe("TableHead", () => {
  it("makes every label a column header in the grey band", () => {
    const html = render({ columns: ["Kind", { label: "Hits", align: "right" }] });
    expect(html).toBe(
      '<table><thead class="bg-slate-100 text-slate-700"><tr>' +
        '<th scope="col" class="px-3 py-2 font-medium">Kind</th>' +
        '<th scope="col" class="px-3 py-2 font-medium text-right">Hits</th>' +
        "</tr></thead></table>",
    );
  });

  it("takes the table's own cell classes, sort state and no classes at all", () => {
    const html = render({
      className: "",
      cellClassName: "",
      columns: [{ key: "name", label: "Name", ariaSort: "ascending" }],
    });
    expect(html).toBe(
      '<table><thead><tr><th scope="col" aria-sort="ascending">Name</th></tr></thead></table>',
    );
  });
});
