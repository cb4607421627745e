import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";
import { hintClass, inputClass, labelClass } from "./form-styles";

/** What the control inside a Field carries so its label, hint and error belong to it. */
export type FieldControlProps = { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined };

/**
 * A label, the control it names, an optional hint and the field error, wired together: the control (the child,
 * called with its id, aria-invalid and aria-describedby) is described by `${id}-hint` and, when there is one, `${id}-error`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  labelClassName = labelClass,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  labelClassName?: string;
  className?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * The input of a Field: named after its id unless told otherwise, styled like every form's input, and `onValue`
 * gets what was typed (leave it out for an uncontrolled input).
 */
export function FieldInput({
  control,
  onValue,
  className = `mt-1 ${inputClass}`,
  ...attributes
}: { control: FieldControlProps; onValue?: (value: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange">) {
  return (
    <input
      {...control}
      {...attributes}
      name={attributes.name ?? control.id}
      onChange={onValue ? (e) => onValue(e.target.value) : undefined}
      className={className}
    />
  );
}
