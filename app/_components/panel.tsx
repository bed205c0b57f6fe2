import { type ReactNode, useId } from "react";

const toneClasses = {
  plain: { section: "", heading: "" },
  default: { section: "rounded-lg border border-slate-200 bg-white p-4", heading: "" },
  accent: { section: "rounded-lg border border-violet-200 bg-white p-4", heading: "" },
  info: { section: "rounded-lg border border-sky-300 bg-sky-50 p-4 text-sky-950", heading: "" },
  success: {
    section: "rounded-lg border border-emerald-300 bg-emerald-50 p-4",
    heading: "text-emerald-900",
  },
  warning: {
    section: "rounded-lg border border-amber-300 bg-amber-50 p-4",
    heading: "text-amber-950",
  },
} as const;

const headingStyleClasses = {
  large: "text-lg font-semibold",
  normal: "font-semibold",
  subtle: "font-medium",
  /** Named for screen readers only, where the content speaks for itself on screen. */
  hidden: "sr-only",
} as const;

export type PanelTone = keyof typeof toneClasses;
export type PanelHeadingStyle = keyof typeof headingStyleClasses;

type PanelHeadingProps = {
  id: string;
  children?: ReactNode;
  level?: 2 | 3;
  headingStyle?: PanelHeadingStyle;
  tone?: PanelTone;
  className?: string;
};

function joinClasses(...classes: (string | undefined)[]) {
  return classes.filter(Boolean).join(" ");
}

/** A panel's heading, for the panels whose heading sits deeper than the top of the panel. */
export function PanelHeading(props: PanelHeadingProps) {
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <Heading
      id={props.id}
      className={joinClasses(
        headingStyleClasses[props.headingStyle ?? "large"],
        toneClasses[props.tone ?? "default"].heading,
        props.className,
      )}
    >
      {props.children}
    </Heading>
  );
}

type PanelFrameProps = {
  children?: ReactNode;
  tone?: PanelTone;
  /** `sm:p-6` on top of `p-4`: the wide panels of the operator page and the report. */
  padding?: "base" | "roomy";
  className?: string;
};

type PanelWithHeadingProps = PanelFrameProps & {
  heading: ReactNode;
  headingId?: string;
  headingLevel?: 2 | 3;
  headingStyle?: PanelHeadingStyle;
  headingClassName?: string;
  /** Shown beside the heading (a link, a button): the row wraps on narrow screens. */
  actions?: ReactNode;
};

/** The panel renders its own heading inside children (with `PanelHeading`) and names it here. */
type PanelLabelledByProps = PanelFrameProps & { labelledBy: string };

/**
 * A `<section>` named by its heading: the card (or plain block) that recruiter pages are built of.
 * Server-safe, so server pages and client components can both use it.
 */
export function Panel(props: PanelWithHeadingProps | PanelLabelledByProps) {
  const generatedId = useId();
  const tone = props.tone ?? "default";
  const className = joinClasses(
    toneClasses[tone].section,
    props.padding === "roomy" && tone !== "plain" ? "sm:p-6" : undefined,
    props.className,
  );
  if ("labelledBy" in props) {
    return (
      <section aria-labelledby={props.labelledBy} className={className || undefined}>
        {props.children}
      </section>
    );
  }
  const headingId = props.headingId ?? generatedId;
  const heading = (
    <PanelHeading
      id={headingId}
      level={props.headingLevel}
      headingStyle={props.headingStyle}
      tone={tone}
      className={props.headingClassName}
    >
      {props.heading}
    </PanelHeading>
  );
  return (
    <section aria-labelledby={headingId} className={className || undefined}>
      {props.actions === undefined ? (
        heading
      ) : (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {props.actions}
        </div>
      )}
      {props.children}
    </section>
  );
}
