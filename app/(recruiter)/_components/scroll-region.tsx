import type { ReactNode } from "react";

/**
 * A box that scrolls sideways on narrow screens (wide tables). It takes focus so keyboard users
 * can scroll it too (WCAG "scrollable region must have keyboard access"), and its label says what
 * it holds.
 */
export function ScrollRegion(props: { label: string; className?: string; children: ReactNode }) {
  return (
    <section
      aria-label={props.label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
      tabIndex={0}
      className={`relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-indigo-700 ${props.className ?? ""}`}
    >
      {props.children}
    </section>
  );
}
