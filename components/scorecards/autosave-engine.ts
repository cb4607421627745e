/**
 * The scorecard's autosave state machine, free of React and the DOM so it is tested with fake timers:
 * edits are debounced, one request is in flight at a time (edits made meanwhile coalesce into one
 * follow-up), a network failure retries while the browser copy keeps the text, and a conflict stops
 * autosaving for good so nothing written elsewhere is overwritten.
 */
import type { FieldErrors } from "@/lib/actions/action-result";
import type { ScorecardContent } from "@/lib/scorecards/scorecard-content";
import type { SavedScorecard } from "@/lib/scorecards/scorecard-schema";
import type { SaveState } from "./save-status";

export const AUTOSAVE_DEBOUNCE_MS = 800;
export const OFFLINE_RETRY_MS = 5000;

const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again in another tab; everything you typed is kept in this browser.";

export type SaveRequest = { baseRevision: number; content: ScorecardContent };

/** What one autosave request came back with. A network failure is a rejected promise, not an outcome. */
export type SaveOutcome =
  | { kind: "saved"; revision: number; updatedAt: number }
  | { kind: "conflict"; message: string }
  | { kind: "failed"; message: string; fieldErrors?: FieldErrors };

type SaveResponseBody = { ok: true; data: SavedScorecard } | { ok: false; code?: string; message: string; fieldErrors?: FieldErrors };

/** Reads the autosave route's answer: JSON when the route answered, anything else means the session is gone. */
export function readSaveResponse(res: { ok: boolean; status: number; redirected: boolean; isJson: boolean; body: unknown }): SaveOutcome {
  const data = res.isJson ? (res.body as SaveResponseBody | null) : null;
  if (res.ok && data?.ok) return { kind: "saved", revision: data.data.revision, updatedAt: data.data.updatedAt };
  if (res.status === 409 && data && !data.ok) return { kind: "conflict", message: data.message };
  if (res.status === 401 || res.redirected || !res.isJson) return { kind: "failed", message: SIGNED_OUT_MESSAGE };
  if (data && !data.ok) return { kind: "failed", message: data.message, fieldErrors: data.fieldErrors ?? {} };
  return {
    kind: "failed",
    message: `The server couldn't save your changes (error ${res.status}). They are kept in this browser and will be sent again when you keep typing.`,
    fieldErrors: {},
  };
}

/** How the engine reaches the world; connected (and refreshed) by the hook after each render. */
export type AutosaveIO = {
  send(request: SaveRequest): Promise<SaveOutcome>;
  /** One last request that outlives the page (fetch keepalive); its answer is never read. */
  sendKeepalive(request: SaveRequest): void;
  isOnline(): boolean;
  /** After a successful save; upToDate says whether it covered every edit, so the browser copy may go. */
  onSaved(upToDate: boolean): void;
  /** Field errors from a refused save; an empty object clears them. */
  onFieldErrors(errors: FieldErrors): void;
};

const NOT_CONNECTED: AutosaveIO = {
  send: () => Promise.reject(new Error("Autosave is not connected yet.")),
  sendKeepalive: () => undefined,
  isOnline: () => true,
  onSaved: () => undefined,
  onFieldErrors: () => undefined,
};

export type AutosaveStart = {
  /** Drafts autosave; amendments are only kept in the browser until they are saved with a reason. */
  enabled: boolean;
  content: ScorecardContent;
  revision: number;
  updatedAt: number | null;
};

export function initialSaveState({ enabled, revision, updatedAt }: Omit<AutosaveStart, "content">): SaveState {
  if (!enabled) return { kind: "local" };
  return revision > 0 ? { kind: "saved", at: updatedAt } : { kind: "idle" };
}

export class AutosaveEngine {
  private status: SaveState;
  private latest: ScorecardContent;
  private revisionNow: number;
  private lastSavedAt: number | null;
  private editSeq = 0;
  private savedSeq = 0;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly enabled: boolean;
  private deps: AutosaveIO = NOT_CONNECTED;

  constructor(
    start: AutosaveStart,
    private readonly onStatus: (state: SaveState) => void,
  ) {
    this.enabled = start.enabled;
    this.latest = start.content;
    this.revisionNow = start.revision;
    this.lastSavedAt = start.updatedAt;
    this.status = initialSaveState(start);
  }

  connect(io: AutosaveIO) {
    this.deps = io;
  }

  /** The server revision the next save (or submit) builds on. */
  get revision(): number {
    return this.revisionNow;
  }
  get isStopped(): boolean {
    return this.stopped;
  }
  get hasUnsavedEdits(): boolean {
    return this.editSeq !== this.savedSeq;
  }
  get content(): ScorecardContent {
    return this.latest;
  }

  /** Records an edit and saves it once typing pauses. */
  save(content: ScorecardContent) {
    this.latest = content;
    this.editSeq += 1;
    if (!this.enabled || this.stopped) return;
    this.setStatus(this.deps.isOnline() ? { kind: "dirty" } : { kind: "offline" });
    this.schedule(AUTOSAVE_DEBOUNCE_MS);
  }

  /** Sends the latest content now if it changed since the last successful save; waits for a request already in flight. */
  async flush(): Promise<void> {
    if (!this.enabled || this.stopped) return;
    // A loop, not an if: several waiting flushes wake together, and only the first may send.
    while (this.inFlight) {
      await this.inFlight;
      if (this.stopped) return;
    }
    if (!this.hasUnsavedEdits) return;
    if (!this.deps.isOnline()) {
      this.setStatus({ kind: "offline" });
      return;
    }
    clearTimeout(this.debounceTimer);
    const seq = this.editSeq;
    const run = this.send(seq);
    this.inFlight = run;
    await run;
    this.inFlight = null;
    if (!this.stopped && this.editSeq !== seq && this.hasUnsavedEdits) this.schedule(AUTOSAVE_DEBOUNCE_MS);
  }

  /** Stops autosaving for good (a conflict, or the scorecard was submitted); with a message, the form shows the conflict. */
  stop(conflictMessage?: string) {
    this.stopped = true;
    this.clearTimers();
    if (conflictMessage !== undefined) this.setStatus({ kind: "conflict", message: conflictMessage });
  }

  /** Before a submit: no more debounced save, and the one in flight has landed (its revision is the base). */
  async settle(): Promise<void> {
    clearTimeout(this.debounceTimer);
    if (this.inFlight) await this.inFlight;
  }

  goOffline() {
    if (!this.enabled || this.stopped) return;
    this.setStatus({ kind: "offline" });
  }

  goOnline() {
    if (!this.enabled || this.stopped) return;
    if (this.hasUnsavedEdits) {
      void this.flush();
      return;
    }
    if (this.status.kind === "offline") this.setStatus(this.revisionNow > 0 ? { kind: "saved", at: this.lastSavedAt } : { kind: "idle" });
  }

  /** The tab is closing: one last attempt, kept alive past the page; the browser copy covers a failure. */
  pageHide() {
    if (!this.enabled || this.stopped || this.inFlight || !this.hasUnsavedEdits || !this.deps.isOnline()) return;
    this.deps.sendKeepalive(this.request());
  }

  dispose() {
    this.clearTimers();
  }

  private async send(seq: number): Promise<void> {
    this.setStatus({ kind: "saving" });
    let outcome: SaveOutcome;
    try {
      outcome = await this.deps.send(this.request());
    } catch {
      this.setStatus({ kind: "offline" });
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => void this.flush(), OFFLINE_RETRY_MS);
      return;
    }
    switch (outcome.kind) {
      case "saved": {
        this.revisionNow = outcome.revision;
        this.lastSavedAt = outcome.updatedAt;
        this.savedSeq = seq;
        this.deps.onFieldErrors({});
        const upToDate = this.editSeq === seq;
        this.deps.onSaved(upToDate);
        this.setStatus(upToDate ? { kind: "saved", at: outcome.updatedAt } : { kind: "dirty" });
        return;
      }
      case "conflict":
        this.stop(outcome.message);
        return;
      case "failed":
        if (outcome.fieldErrors) this.deps.onFieldErrors(outcome.fieldErrors);
        this.setStatus({ kind: "error", message: outcome.message });
        return;
    }
  }

  private request(): SaveRequest {
    return { baseRevision: this.revisionNow, content: this.latest };
  }

  private schedule(ms: number) {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.flush(), ms);
  }

  private clearTimers() {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
  }

  private setStatus(next: SaveState) {
    this.status = next;
    this.onStatus(next);
  }
}
