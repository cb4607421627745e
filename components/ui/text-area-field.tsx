"use client";

import type { ReactNode } from "react";
import { FieldError } from "./field-error";

const TEXTAREA = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-500";

/**
 * A labelled textarea with its help line and field error wired to it (aria-describedby, aria-invalid),
 * for the reasons and rationales the debrief asks for.
 */
export function TextAreaField({
  id,
  label,
  help,
  value,
  onChange,
  error,
  rows = 3,
  maxLength,
  labelClassName = "block text-sm font-medium text-slate-800",
  className = "",
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows?: number;
  maxLength: number;
  labelClassName?: string;
  className?: string;
}) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {help ? (
        <p id={`${id}-help`} className="text-xs text-slate-500">
          {help}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
        className={`${TEXTAREA} ${className}`}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
