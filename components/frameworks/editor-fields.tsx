"use client";

import type { KeyboardEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { inputClass, labelClass } from "@/components/ui/form-styles";

type Common = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  maxLength?: number;
  /** Keep the label for screen readers only (rows whose meaning the list already shows). */
  labelHidden?: boolean;
  className?: string;
};

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, hidden }: { id: string; label: string; hidden?: boolean | undefined }) {
  return (
    <label htmlFor={id} className={hidden ? "sr-only" : labelClass}>
      {label}
    </label>
  );
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  maxLength,
  labelHidden,
  className,
  onKeyDown,
  mono,
}: Common & {
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
  mono?: boolean;
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} hidden={labelHidden} />
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={maxLength}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
        className={`${labelHidden ? "" : "mt-1"} ${inputClass} ${mono ? "font-mono text-xs" : ""}`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function TextArea({ id, label, value, onChange, error, hint, maxLength, labelHidden, className, rows = 2 }: Common & { rows?: number }) {
  return (
    <div className={className}>
      <Label id={id} label={label} hidden={labelHidden} />
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        maxLength={maxLength}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
        className={`${labelHidden ? "" : "mt-1"} ${inputClass}`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** Up/down buttons; the labels name the row ("Move System design up") so keyboard and screen-reader users know what moves. */
export function MoveButtons({
  idPrefix,
  label,
  index,
  count,
  onMove,
}: {
  idPrefix: string;
  label: string;
  index: number;
  count: number;
  onMove: (to: number, focusId: string) => void;
}) {
  const up = `${idPrefix}-up`;
  const down = `${idPrefix}-down`;
  const button =
    "inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-600 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <>
      <button
        id={up}
        type="button"
        className={button}
        aria-label={`Move ${label} up`}
        title={`Move ${label} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1, index - 1 === 0 ? down : up)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        id={down}
        type="button"
        className={button}
        aria-label={`Move ${label} down`}
        title={`Move ${label} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1, index + 1 === count - 1 ? up : down)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}

export function DragHandle({ title, props }: { title: string; props: Record<string, unknown> }) {
  return (
    <span
      {...props}
      title={title}
      className="hidden h-8 w-5 shrink-0 cursor-grab select-none items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-600 active:cursor-grabbing sm:inline-flex"
    >
      <span aria-hidden="true">⠿</span>
    </span>
  );
}
