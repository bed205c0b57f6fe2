import type { AriaAttributes, ReactNode } from "react";

export type TableColumn = {
  /** Needed when `label` is not a string. */
  key?: string;
  label: ReactNode;
  align?: "left" | "right";
  ariaSort?: AriaAttributes["aria-sort"];
  className?: string;
};

const defaultCellClassName = "px-3 py-2 font-medium";

/**
 * The `<thead>` of a data table: one row of column headers, each `scope="col"` so screen readers
 * announce it with every cell below. A string is a left-aligned column.
 */
export function TableHead(props: {
  columns: (string | TableColumn)[];
  /** Classes on `<thead>`; the grey header band unless given. */
  className?: string;
  /** Classes on every `<th>` (padding and weight). */
  cellClassName?: string;
}) {
  const cellClassName = props.cellClassName ?? defaultCellClassName;
  return (
    <thead className={(props.className ?? "bg-slate-100 text-slate-700") || undefined}>
      <tr>
        {props.columns.map((entry) => {
          const column = typeof entry === "string" ? { label: entry } : entry;
          const className = [
            cellClassName,
            column.align === "right" ? "text-right" : undefined,
            column.className,
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <th
              key={column.key ?? String(column.label)}
              scope="col"
              aria-sort={column.ariaSort}
              className={className || undefined}
            >
              {column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
