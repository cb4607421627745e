"use client";

import { startTransition, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { ActionOutcome } from "@/components/ui/form-message";
import { dangerButton, hintClass, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { LocalTime } from "@/components/ui/local-time";
import { useFocusOnChange } from "@/components/ui/use-focus-on-change";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";

type Result = ActionResult<{ message: string; url: string | null }>;
type Action = (prev: Result, payload: Record<string, unknown>) => Promise<Result>;
type Step = "create" | "regenerate" | "revoke";

const dialogClass = "m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 shadow-xl backdrop:bg-slate-900/50";

/** A confirmation dialog: what the button will do, Cancel, and the button itself. */
function ConfirmDialog({
  dialog,
  id,
  title,
  children,
  confirmLabel,
  onConfirm,
}: {
  dialog: React.RefObject<HTMLDialogElement | null>;
  id: string;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-description`} className={dialogClass}>
      <div className="space-y-4 p-5">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div id={`${id}-description`} className="space-y-2 text-sm text-slate-700">
          {children}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className={secondaryButton} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button
            type="button"
            className={dangerButton}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}

/**
 * The profile's private calendar feed: create it (the full address is shown this once, with a Copy button and how to
 * subscribe), then see since when it exists, regenerate it or turn it off, each after a confirmation. Levelset keeps
 * only the address's hash, so after a reload it can no longer show the address.
 */
export function CalendarFeedSettings({
  feed,
  createAction,
  revokeAction,
}: {
  feed: { createdAt: string } | null;
  createAction: Action;
  revokeAction: Action;
}) {
  const [state, dispatch, pending] = useFormAction<Result, Step>(
    (prev, step) => (step === "revoke" ? revokeAction(prev, { confirm: "revoke" }) : createAction(prev, { intent: step })),
    { ok: false, message: "" },
  );
  const hydrated = useHydrated();
  const regenerateDialog = useRef<HTMLDialogElement>(null);
  const revokeDialog = useRef<HTMLDialogElement>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<{ url: string; note: string } | null>(null);
  const newUrl = state.ok ? state.data.url : null;
  // After each answer: the new address when there is one (selected, ready to copy), otherwise what happened.
  useFocusOnChange(urlField, state, Boolean(newUrl));
  useFocusOnChange(message, state, !newUrl);

  const run = (step: Step) => startTransition(() => dispatch(step));
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, note: "Copied. Paste it into your calendar app." });
    } catch {
      urlField.current?.select();
      setCopied({ url, note: "Your browser did not let Levelset copy it. The address is selected: press Ctrl+C (⌘C on a Mac) to copy it." });
    }
  };
  const busy = !hydrated || pending;

  return (
    <div className="space-y-4 text-sm text-slate-700">
      <div ref={message} tabIndex={-1} className="outline-none">
        <ActionOutcome state={state} testId="calendar-feed-message" />
      </div>

      {newUrl ? (
        <div className="space-y-3 rounded-lg border border-brand-100 bg-brand-50/40 p-4">
          <div>
            <label htmlFor="calendar-feed-url" className={labelClass}>
              Your calendar feed address
            </label>
            <div className="mt-1 flex flex-col gap-2 sm:flex-row">
              <input
                ref={urlField}
                id="calendar-feed-url"
                readOnly
                value={newUrl}
                onFocus={(e) => e.currentTarget.select()}
                className={`${inputClass} font-mono text-xs`}
                aria-describedby="calendar-feed-url-hint calendar-feed-copy-note"
                spellCheck={false}
              />
              <button type="button" className={`${secondaryButton} shrink-0`} onClick={() => void copy(newUrl)}>
                Copy
              </button>
            </div>
            <p id="calendar-feed-url-hint" className={hintClass}>
              Shown this once: Levelset keeps only a fingerprint of it, so it cannot show the address again after you leave this page. Anyone who has
              it sees your interviews, candidates&apos; names included; keep it to yourself.
            </p>
            <p id="calendar-feed-copy-note" role="status" aria-live="polite" className="mt-1 text-xs text-emerald-800">
              {copied?.url === newUrl ? copied.note : ""}
            </p>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <h3 className="font-medium text-slate-900">Google Calendar</h3>
              <ol className="mt-1 list-decimal space-y-1 pl-5">
                <li>On a computer, open Google Calendar.</li>
                <li>
                  Beside <strong>Other calendars</strong>, choose <strong>+</strong>, then <strong>From URL</strong>.
                </li>
                <li>
                  Paste the address and choose <strong>Add calendar</strong>.
                </li>
              </ol>
            </div>
            <div>
              <h3 className="font-medium text-slate-900">Outlook</h3>
              <ol className="mt-1 list-decimal space-y-1 pl-5">
                <li>In Outlook on the web or the new Outlook, open the calendar.</li>
                <li>
                  Choose <strong>Add calendar</strong>, then <strong>Subscribe from web</strong>.
                </li>
                <li>
                  Paste the address, name it (for example &ldquo;Levelset interviews&rdquo;) and choose <strong>Import</strong>.
                </li>
              </ol>
            </div>
          </div>
          <p className={hintClass}>
            Both refresh a subscribed calendar every few hours, so a new or moved interview can take that long to show there; the email invitation
            arrives at once.
          </p>
        </div>
      ) : null}

      {feed ? (
        <div className="space-y-3">
          <p data-testid="calendar-feed-status">
            Your calendar feed is on. Its current address was made <LocalTime iso={feed.createdAt} />.
            {newUrl ? null : (
              <>
                {" "}
                Levelset keeps only a fingerprint of the address, so the full address is shown only right after it is made. If you no longer have it,
                regenerate it.
              </>
            )}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => regenerateDialog.current?.showModal()}>
              {pending ? "Working…" : "Regenerate address…"}
            </button>
            <button type="button" className={dangerButton} disabled={busy} onClick={() => revokeDialog.current?.showModal()}>
              Turn off calendar feed…
            </button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          <p data-testid="calendar-feed-status">
            Subscribe to your interviews from Google Calendar or Outlook: each interview appears there, and moves or shows as cancelled when it
            changes here. You get a private address that only you should have.
          </p>
          <button type="button" className={primaryButton} disabled={busy} onClick={() => run("create")}>
            {pending ? "Creating…" : "Create calendar feed"}
          </button>
        </div>
      )}

      <ConfirmDialog
        dialog={regenerateDialog}
        id="calendar-feed-regenerate"
        title="Make a new calendar feed address?"
        confirmLabel="Regenerate address"
        onConfirm={() => run("regenerate")}
      >
        <p>The current address stops working at once: calendars subscribed to it stop getting your interviews.</p>
        <p>You then subscribe again with the new address, shown once after this.</p>
      </ConfirmDialog>
      <ConfirmDialog
        dialog={revokeDialog}
        id="calendar-feed-revoke"
        title="Turn off your calendar feed?"
        confirmLabel="Turn off calendar feed"
        onConfirm={() => run("revoke")}
      >
        <p>Its address stops working at once. Remove the subscribed calendar from your calendar app too.</p>
        <p>You can create a new feed later; it gets a new address.</p>
      </ConfirmDialog>
    </div>
  );
}
