"use client";

import { useState, useSyncExternalStore } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { Field } from "@/components/ui/field";
import { ActionOutcome } from "@/components/ui/form-message";
import { checkboxClass, inputClass, legendClass, fieldsetClass, primaryButton } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";
import { NOTIFICATION_KINDS, NOTIFICATION_LABELS, type NotificationKind } from "@/lib/mail/notification-kinds";
import { ActionForm } from "@/components/ui/action-form";

type Result = ActionResult<{ message: string }>;
type Action = (prev: Result, payload: FormData) => Promise<Result>;

export type NotificationSettingsValues = Record<NotificationKind, boolean> & { timeZone: string; saved: boolean };

const noSubscribe = () => () => {};

/** Every zone the browser knows, with the saved one first in case the browser does not list it. */
function zoneOptions(saved: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([saved, "UTC", ...all])];
}

/** The profile's notification settings: each kind on or off, and the zone the daily reminder follows. */
export function NotificationSettings({ initial, action }: { initial: NotificationSettingsValues; action: Action }) {
  const [state, dispatch, pending] = useFormAction<Result, FormData>(action, { ok: false, message: "" });
  const hydrated = useHydrated();
  // Before the first save, suggest the browser's own zone.
  const browserZone = useSyncExternalStore(
    noSubscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => initial.timeZone,
  );
  const [zone, setZone] = useState<string | null>(null);
  const shownZone = zone ?? (initial.saved ? initial.timeZone : browserZone);
  const error = !state.ok ? state.fieldErrors?.timeZone?.[0] : undefined;
  return (
    <ActionForm noValidate={false} label="Notification settings" className="space-y-4" onSubmit={(data) => dispatch(data)}>
      <ActionOutcome state={state} testId="notification-settings-message" />
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Email me about</legend>
        <div className="space-y-3">
          {NOTIFICATION_KINDS.map((kind) => (
            <div key={kind} className="flex items-start gap-2">
              <input
                id={`notify-${kind}`}
                name={kind}
                type="checkbox"
                defaultChecked={initial[kind]}
                className={`mt-0.5 ${checkboxClass}`}
                aria-describedby={`notify-${kind}-hint`}
              />
              <div>
                <label htmlFor={`notify-${kind}`} className="text-sm font-medium text-slate-800">
                  {NOTIFICATION_LABELS[kind].label}
                </label>
                <p id={`notify-${kind}-hint`} className="text-xs text-slate-500">
                  {NOTIFICATION_LABELS[kind].description}
                </p>
              </div>
            </div>
          ))}
        </div>
        <p className="mt-3 text-xs text-slate-500">Invitations to join and password resets always arrive: they are not notifications.</p>
      </fieldset>
      <Field id="notify-time-zone" label="Your time zone" hint="The daily scorecard reminder arrives at 9:00 here." error={error}>
        {(control) => (
          <select
            {...control}
            name="timeZone"
            value={shownZone}
            onChange={(e) => setZone(e.target.value)}
            className={`mt-1 ${inputClass} sm:max-w-xs`}
          >
            {zoneOptions(shownZone).map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={primaryButton} disabled={!hydrated || pending}>
        {pending ? "Saving…" : "Save notification settings"}
      </button>
    </ActionForm>
  );
}
