"use client";

import { useId } from "react";

/**
 * Horizontal bar charts drawn in plain SVG. Each row is a label line with its bar below and the
 * value to the right of the bar, laid out in percentages so the text keeps its size on a phone
 * while the bars stretch. Hovering a row shows its numbers (an SVG <title>); the page also gives
 * them in a table.
 */

export type ChartTone = "brand" | "emerald" | "amber" | "red" | "violet" | "slate";

const FILL: Record<ChartTone, string> = {
  brand: "fill-brand-600",
  emerald: "fill-emerald-600",
  amber: "fill-amber-500",
  red: "fill-red-600",
  violet: "fill-violet-600",
  slate: "fill-slate-400",
};

export type ChartBar = {
  key: string;
  label: string;
  /** null draws no bar (e.g. not measurable); valueLabel says why. */
  value: number | null;
  valueLabel: string;
  /** Shown on hover. */
  tooltip: string;
  tone?: ChartTone;
};

const ROW = 44;
const BAR = 14;
const LABEL_BASELINE = 16;
const TOP = 8;
/** The bars use the left part of the width; the value is written in the rest. */
const BAR_AREA = 76;

function ChartFrame({
  title,
  description,
  rows,
  extraTop = 0,
  children,
}: {
  title: string;
  description: string;
  rows: number;
  extraTop?: number;
  children: (top: number) => React.ReactNode;
}) {
  const id = useId();
  const top = TOP + extraTop;
  const height = top + Math.max(rows, 1) * ROW + 8;
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={height} className="block overflow-visible text-[13px]">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children(top)}
    </svg>
  );
}

const pct = (n: number) => `${Math.max(0, Math.min(100, n))}%`;
const inBarArea = (share: number) => (Math.max(0, Math.min(100, share)) * BAR_AREA) / 100;

/** One row at `y`: its hover text, the label, the bar's track with `fill` drawn on it at barY, and the value. */
function BarRow({ bar, y, children: fill }: { bar: ChartBar; y: number; children: (barY: number) => React.ReactNode }) {
  const barY = y + LABEL_BASELINE + 6;
  return (
    <g>
      <title>{bar.tooltip}</title>
      <rect x="0" y={y} width="100%" height={ROW} fill="transparent" />
      <text x="0" y={y + LABEL_BASELINE} className="fill-slate-800">
        {bar.label}
      </text>
      <rect x="0" y={barY} width={pct(BAR_AREA)} height={BAR} rx="3" className="fill-slate-100" />
      {fill(barY)}
      <text x="100%" y={barY + BAR - 2} textAnchor="end" className="fill-slate-700 font-semibold tabular-nums">
        {bar.valueLabel}
      </text>
    </g>
  );
}

/** Bars from zero to `max` (counts, shares). */
export function BarChart({ title, description, bars, max }: { title: string; description: string; bars: ChartBar[]; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value ?? 0), 1);
  return (
    <ChartFrame title={title} description={description} rows={bars.length}>
      {(y0) =>
        bars.map((bar, i) => {
          const width = bar.value === null ? 0 : inBarArea((bar.value / top) * 100);
          return (
            <BarRow key={bar.key} bar={bar} y={y0 + i * ROW}>
              {(barY) => (width > 0 ? <rect x="0" y={barY} width={pct(width)} height={BAR} rx="3" className={FILL[bar.tone ?? "brand"]} /> : null)}
            </BarRow>
          );
        })
      }
    </ChartFrame>
  );
}

export type ChartMarker = { value: number; label: string };

/**
 * Bars that grow left (negative) or right (positive) from a zero line in the middle, on a
 * symmetric scale of ±extent; optional dashed markers (e.g. agreement thresholds).
 */
export function DivergingBarChart({
  title,
  description,
  bars,
  extent,
  markers = [],
  negativeLabel,
  positiveLabel,
}: {
  title: string;
  description: string;
  bars: ChartBar[];
  extent: number;
  markers?: ChartMarker[];
  negativeLabel: string;
  positiveLabel: string;
}) {
  const x = (v: number) => inBarArea(50 + (Math.max(-extent, Math.min(extent, v)) / extent) * 50);
  const zero = x(0);
  const axisHeight = 18;
  return (
    <ChartFrame title={title} description={description} rows={bars.length} extraTop={axisHeight}>
      {(y0) => {
        const bottom = y0 + bars.length * ROW;
        return (
          <>
            <text x="0" y={12} className="fill-slate-500 text-[11px]">
              ← {negativeLabel}
            </text>
            <text x={pct(BAR_AREA)} y={12} textAnchor="end" className="fill-slate-500 text-[11px]">
              {positiveLabel} →
            </text>
            {bars.map((bar, i) => {
              const v = bar.value;
              const from = v === null ? zero : Math.min(zero, x(v));
              const width = v === null ? 0 : Math.abs(x(v) - zero);
              return (
                <BarRow key={bar.key} bar={bar} y={y0 + i * ROW}>
                  {(barY) =>
                    v !== null ? (
                      <rect x={pct(from)} y={barY} width={pct(Math.max(width, 0.5))} height={BAR} className={FILL[bar.tone ?? "brand"]} />
                    ) : null
                  }
                </BarRow>
              );
            })}
            <line x1={pct(zero)} x2={pct(zero)} y1={y0 - 2} y2={bottom} className="stroke-slate-500" strokeWidth="1" />
            {markers.map((m) => (
              <g key={m.label}>
                <title>{m.label}</title>
                <line x1={pct(x(m.value))} x2={pct(x(m.value))} y1={y0 - 2} y2={bottom} className="stroke-slate-400" strokeDasharray="3 3" />
              </g>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}
