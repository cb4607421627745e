"use client";

import Link from "next/link";
import { useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { LEVEL_LABELS, ROLE_LABELS } from "@/lib/people/person-labels";
import { Field, FieldInput } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";

type Person = { id?: string; name: string; email: string; level: keyof typeof LEVEL_LABELS; roles: string[]; active: boolean };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm";
const label = "block text-sm font-medium";

/** Add or edit a person. Controlled fields, so what was typed survives a refused save. */
export function PersonForm({
  person,
  action,
  mode,
  deactivateHref,
}: {
  person: Person;
  action: (prev: ActionResult<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;
  mode: "create" | "edit";
  /** Where a deactivation that must hand over interviews is done (the refusal under "Active" links there). */
  deactivateHref?: string;
}) {
  const [state, formAction, pending] = useFormAction<ActionResult<unknown>, FormData>(action, { ok: false, message: "" });
  const [values, setValues] = useState(person);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const err = (key: string) => errors[key]?.[0];
  return (
    <form action={formAction} className="max-w-xl space-y-5" noValidate>
      {person.id ? <input type="hidden" name="userId" value={person.id} /> : null}
      {state.message ? (
        <p
          role="status"
          className={`rounded-md border px-3 py-2 text-sm ${state.ok ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-red-200 bg-red-50 text-red-800"}`}
        >
          {state.message}
        </p>
      ) : null}
      <Field id="name" label="Name" labelClassName={label} error={err("name")}>
        {(control) => <FieldInput control={control} value={values.name} onValue={(name) => setValues({ ...values, name })} className={input} />}
      </Field>
      <div>
        <label htmlFor="email" className={label}>
          Email
        </label>
        {mode === "create" ? (
          <input
            id="email"
            name="email"
            type="email"
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
            className={input}
            aria-invalid={Boolean(err("email"))}
            aria-describedby={err("email") ? "email-error" : undefined}
          />
        ) : (
          <input id="email" value={values.email} readOnly className={`${input} bg-slate-50 text-slate-600`} />
        )}
        <FieldError id="email-error" message={err("email")} />
      </div>
      <Field
        id="level"
        label="Engineering level"
        labelClassName={label}
        hint="An interviewer's level matters: a Staff call needs a Staff-or-above rater on a Staff-critical section."
        error={err("level")}
      >
        {(control) => (
          <select
            {...control}
            name="level"
            value={values.level}
            onChange={(e) => setValues({ ...values, level: e.target.value as Person["level"] })}
            className={input}
          >
            {Object.entries(LEVEL_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={err("roles") ? "roles-error" : undefined}>
        <legend className="text-sm font-medium">Roles in Levelset</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="roles[]"
                value={value}
                checked={values.roles.includes(value)}
                onChange={(e) =>
                  setValues({ ...values, roles: e.target.checked ? [...values.roles, value] : values.roles.filter((r) => r !== value) })
                }
              />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="roles-error" message={err("roles")} />
      </fieldset>
      {mode === "edit" ? (
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="active"
              checked={values.active}
              onChange={(e) => setValues({ ...values, active: e.target.checked })}
              aria-invalid={Boolean(err("active"))}
              aria-describedby={err("active") ? "active-error" : undefined}
            />
            Active (can sign in)
          </label>
          <FieldError id="active-error" message={err("active")} />
          {err("active") && deactivateHref ? (
            <Link href={deactivateHref} className="mt-1 inline-block text-sm link">
              Hand over their interviews first
            </Link>
          ) : null}
        </div>
      ) : null}
      <Field
        id="password"
        label={mode === "create" ? "Password" : "New password"}
        labelClassName={label}
        hint={
          mode === "create"
            ? "At least 12 characters. Leave empty if they sign in with your identity provider."
            : "Leave empty to keep the current password."
        }
        error={err("password")}
      >
        {(control) => <FieldInput control={control} type="password" autoComplete="new-password" className={input} />}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Saving…" : mode === "create" ? "Add person" : "Save changes"}
      </button>
    </form>
  );
}
