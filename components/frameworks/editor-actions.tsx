import { dangerButton, primaryButton, secondaryButton } from "@/components/ui/form-styles";

type ConfirmProps = { version: number; busy: boolean; pending: boolean; onConfirm: () => void; onCancel: () => void };

/** The step before publishing: what publishing does, and the warnings the content raises. */
export function PublishConfirm({ version, warnings, busy, pending, onConfirm, onCancel }: ConfirmProps & { warnings: string[] }) {
  return (
    <section
      aria-labelledby="publish-heading"
      className="rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm sm:p-5"
      data-testid="publish-confirm"
    >
      <h2 id="publish-heading" className="font-semibold text-brand-900">
        Publish version {version}?
      </h2>
      <p className="mt-1 text-slate-700">
        Publishing freezes this version: it can no longer change, and roles can pin it. Later changes go into a new draft.
      </p>
      {warnings.length > 0 ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-amber-900" data-testid="publish-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={primaryButton} disabled={busy} onClick={onConfirm}>
          {pending ? "Publishing…" : `Publish version ${version}`}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** The step before discarding: what goes with the draft. */
export function DiscardConfirm({ version, deletesFramework, busy, pending, onConfirm, onCancel }: ConfirmProps & { deletesFramework: boolean }) {
  return (
    <section aria-labelledby="discard-heading" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm sm:p-5">
      <h2 id="discard-heading" className="font-semibold text-red-900">
        Discard draft v{version}?
      </h2>
      <p className="mt-1 text-red-900">
        {deletesFramework
          ? "This draft is the framework's only version, so the framework is deleted with it."
          : "The draft and its unsaved edits are thrown away; the published versions stay as they are."}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={dangerButton} disabled={busy} onClick={onConfirm}>
          {pending ? "Discarding…" : "Discard draft"}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          Keep editing
        </button>
      </div>
    </section>
  );
}

const STATUS_CLASS = { error: "text-red-700", dirty: "font-medium text-amber-800", success: "text-emerald-800", idle: "text-slate-500" } as const;

type Outcome = { tone: "idle" | "success" | "error"; message: string };

/** What the bar says: the last error, else unsaved changes, else the last save's message. */
function draftStatus(saveOutcome: Outcome, versionOutcome: Outcome, dirty: boolean): { tone: keyof typeof STATUS_CLASS; message: string } {
  if (versionOutcome.tone === "error") return { tone: "error", message: versionOutcome.message };
  if (saveOutcome.tone === "error") return { tone: "error", message: saveOutcome.message };
  if (dirty) return { tone: "dirty", message: "Unsaved changes" };
  if (saveOutcome.tone === "success") return { tone: "success", message: saveOutcome.message };
  return { tone: "idle", message: "No unsaved changes." };
}

/** The editor's sticky bar: where the draft stands, Discard, Publish (only once saved) and Save. */
export function EditorActionBar({
  saveOutcome,
  versionOutcome,
  busy,
  dirty,
  saving,
  onSave,
  onPublish,
  onDiscard,
}: {
  saveOutcome: Outcome;
  versionOutcome: Outcome;
  busy: boolean;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onPublish: () => void;
  onDiscard: () => void;
}) {
  const status = draftStatus(saveOutcome, versionOutcome, dirty);
  return (
    <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:shadow-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <p className="min-w-0 flex-1 basis-48 text-sm" data-testid="save-status">
          <span className={STATUS_CLASS[status.tone]}>{status.message}</span>
        </p>
        <button type="button" className={dangerButton} disabled={busy} onClick={onDiscard}>
          Discard draft…
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={busy || dirty}
          title={dirty ? "Save your changes before publishing." : undefined}
          aria-describedby={dirty ? "publish-needs-save" : undefined}
          onClick={onPublish}
        >
          Publish…
        </button>
        <span id="publish-needs-save" className="sr-only">
          Save your changes before publishing.
        </span>
        <button type="button" className={primaryButton} disabled={busy} onClick={onSave}>
          {saving ? "Saving…" : "Save draft"}
        </button>
      </div>
    </div>
  );
}
