"use client";
import { secondaryButtonClass } from "../../../../_components/page-header";

export function PrintButton() {
  return (
    <button type="button" className={secondaryButtonClass} onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
