import type { ComponentPropsWithoutRef, ReactNode } from "react";

/**
 * The app's one data-table look: a sideways-scrolling wrapper, a table with a slate header row,
 * rows divided by hairlines, numbers right-aligned in tabular figures.
 * Plain markup only (no hooks), so server and client components can both use it.
 */

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

/**
 * Lets a wide table scroll sideways on a phone, with a shadow at the edge that has more (.scroll-cue in globals.css). With a `label` it is a named region that takes focus,
 * so a keyboard can scroll it (tables without links of their own need this); without one it is a plain box.
 * `bleed` runs it to the edges of the Panel around it.
 */
export function ScrollRegion({
  label,
  bleed = false,
  className,
  children,
}: {
  label?: string;
  bleed?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const focusable = label ? ({ role: "region", "aria-label": label, tabIndex: 0 } as const) : {};
  return (
    <div
      {...focusable}
      className={join("scroll-cue relative overflow-x-auto focus-visible:outline-offset-[-2px]", bleed && "-mx-4 sm:-mx-5", className)}
    >
      {children}
    </div>
  );
}

/** A table with its header row: `head` holds the column headers (Th), children the body rows. The caption is for screen readers. */
export function DataTable({
  caption,
  head,
  className,
  children,
  ...rest
}: { caption?: string; head: ReactNode; className?: string; children: ReactNode } & Omit<
  ComponentPropsWithoutRef<"table">,
  "className" | "children"
>) {
  return (
    <table {...rest} className={join("w-full text-sm", className)}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
        <tr>{head}</tr>
      </thead>
      <tbody className="divide-y divide-slate-100">{children}</tbody>
    </table>
  );
}

type CellProps<T extends "th" | "td"> = ComponentPropsWithoutRef<T> & { numeric?: boolean };

/** A header cell: a column header in the head row (the default), or `scope="row"` for the first cell of a body row. */
export function Th({ scope = "col", numeric = false, className, ...rest }: CellProps<"th">) {
  // .data-cell and .data-head (globals.css): padding, and first and last cells lined up with the panel's text.
  const look = scope === "row" ? "data-cell font-medium" : "data-head";
  return <th {...rest} scope={scope} className={join(look, numeric ? "text-right" : "text-left", className)} />;
}

/** A body cell; `numeric` right-aligns it in tabular figures. */
export function Td({ numeric = false, className, ...rest }: CellProps<"td">) {
  return <td {...rest} className={join("data-cell", numeric && "data-num", className)} />;
}
