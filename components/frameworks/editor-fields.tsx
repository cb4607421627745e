"use client";

import type { KeyboardEvent, ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { dangerButton, iconButton, inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";

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

/** The label stays for screen readers only when `labelHidden`; the control then needs no gap above it. */
function labelled(labelHidden: boolean | undefined) {
  return { labelClassName: labelHidden ? "sr-only" : labelClass, gap: labelHidden ? "" : "mt-1" };
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
  const { labelClassName, gap } = labelled(labelHidden);
  return (
    <Field id={id} label={label} hint={hint} error={error} labelClassName={labelClassName} className={className}>
      {(control) => (
        <input
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          maxLength={maxLength}
          className={`${gap} ${inputClass} ${mono ? "font-mono text-xs" : ""}`}
        />
      )}
    </Field>
  );
}

export function TextArea({ id, label, value, onChange, error, hint, maxLength, labelHidden, className, rows = 2 }: Common & { rows?: number }) {
  const { labelClassName, gap } = labelled(labelHidden);
  return (
    <Field id={id} label={label} hint={hint} error={error} labelClassName={labelClassName} className={className}>
      {(control) => (
        <textarea
          {...control}
          value={value}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
          maxLength={maxLength}
          className={`${gap} ${inputClass}`}
        />
      )}
    </Field>
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
  return (
    <>
      <button
        id={up}
        type="button"
        className={iconButton}
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
        className={iconButton}
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

const iconRemoveButton =
  "inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-500 hover:bg-red-50 hover:text-red-700";

/**
 * A list row's move buttons and its Remove button (a small × with `icon`). A move is announced by its new position
 * and keeps focus on the moved row's button; a removal is announced (`removed`) and sends focus to `afterRemove`.
 */
export function RowActions({
  idPrefix,
  label,
  index,
  count,
  moved,
  removed,
  afterRemove,
  onMove,
  onRemove,
  focusLater,
  announce,
  icon = false,
}: {
  idPrefix: string;
  /** The row as the controls name it: "question 2 of System design". */
  label: string;
  index: number;
  count: number;
  /** What the move announcement calls the row: "Question". */
  moved: string;
  removed: string;
  afterRemove: string;
  onMove: (to: number) => void;
  onRemove: () => void;
  focusLater: (id: string) => void;
  announce: (message: string) => void;
  icon?: boolean;
}) {
  return (
    <>
      <MoveButtons
        idPrefix={idPrefix}
        label={label}
        index={index}
        count={count}
        onMove={(to, focusId) => {
          onMove(to);
          announce(`${moved} moved to position ${to + 1}.`);
          focusLater(focusId);
        }}
      />
      <button
        type="button"
        className={icon ? iconRemoveButton : dangerButton}
        aria-label={`Remove ${label}`}
        title={icon ? `Remove ${label}` : undefined}
        onClick={() => {
          onRemove();
          announce(removed);
          focusLater(afterRemove);
        }}
      >
        {icon ? <span aria-hidden="true">×</span> : "Remove"}
      </button>
    </>
  );
}

/** The button under a list that adds a row; disabled at the list's limit. */
export function AddRowButton({ id, disabled, onClick, children }: { id: string; disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button id={id} type="button" className={`mt-2 ${secondaryButton}`} disabled={disabled} onClick={onClick}>
      {children}
    </button>
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
