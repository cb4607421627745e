"use client";

import type { Ref } from "react";

/**
 * The confirmation step of a decision: the call restated in words, then "Record"/"Revise" or "Go back".
 * It takes focus when it opens (the form moves focus to `ref`), so a keyboard user lands on the restatement.
 */
export function DecisionConfirm({
  id,
  ref,
  title,
  restated,
  confirmLabel,
  disabled,
  onConfirm,
  onBack,
}: {
  id: string;
  ref: Ref<HTMLDivElement>;
  title: string;
  restated: string;
  confirmLabel: string;
  disabled: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${id}-confirm-title`}
      aria-describedby={`${id}-confirm-text`}
      data-testid="decision-confirm"
      className="space-y-3 rounded-md border border-brand-200 bg-brand-50 px-3 py-3 focus:outline-2 focus:outline-brand-600"
    >
      <h3 id={`${id}-confirm-title`} className="text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <p id={`${id}-confirm-text`} className="text-slate-900" data-testid="decision-restatement">
        {restated}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={disabled}
          onClick={onConfirm}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          onClick={onBack}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Go back
        </button>
      </div>
    </div>
  );
}
