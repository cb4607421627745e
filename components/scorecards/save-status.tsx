import { formatDate } from "@/lib/format/intl";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: number | null }
  | { kind: "offline" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string }
  /** Amendments stay in this browser until they are saved with a reason. */
  | { kind: "local" };

export function formatClock(ms: number): string {
  return formatDate(new Date(ms), undefined, { hour: "2-digit", minute: "2-digit" });
}

const DOT: Record<SaveState["kind"], string> = {
  idle: "bg-slate-300",
  dirty: "bg-amber-400",
  saving: "bg-brand-600 animate-pulse",
  saved: "bg-emerald-500",
  offline: "bg-amber-500",
  error: "bg-red-600",
  conflict: "bg-red-600",
  local: "bg-violet-500",
};

/** The visible saved / saving / offline state of the form. */
export function SaveStatus({ state }: { state: SaveState }) {
  let text: string;
  switch (state.kind) {
    case "idle":
      text = "Not started — your first keystroke creates the draft";
      break;
    case "dirty":
      text = "Unsaved changes…";
      break;
    case "saving":
      text = "Saving…";
      break;
    case "saved":
      text = state.at ? `Saved ${formatClock(state.at)}` : "Saved";
      break;
    case "offline":
      text = "Offline — changes kept in this browser";
      break;
    case "error":
      text = "Not saved — changes kept in this browser";
      break;
    case "conflict":
      text = "Not saved — changed elsewhere";
      break;
    case "local":
      text = "Amendment kept in this browser until you save it";
      break;
  }
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-state={state.kind} className="flex items-center gap-2 text-sm text-slate-700">
      <span aria-hidden="true" className={`inline-block h-2 w-2 shrink-0 rounded-full ${DOT[state.kind]}`} />
      {text}
    </p>
  );
}
