"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/action-result";
import { conflictStashKey, decideRestore, localDraftKey, parseLocalDraft, type LocalDraft } from "@/lib/scorecards/local-draft";
import {
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  LIMITS,
  RATING_LABELS,
  RECOMMENDATIONS,
  RECOMMENDATION_LABELS,
  SCOPES,
  SCOPE_LABELS,
  alignToSections,
  contentToPlainText,
  type RatingValue,
  type ScorecardContent,
  type SectionRatingInput,
} from "@/lib/scorecards/scorecard-content";
import type { SavedScorecard } from "@/lib/scorecards/scorecard-schema";
import { fieldKey, hasErrors, validateAmendmentReason, validateScorecard, type KitRules, type ScorecardErrors } from "@/lib/scorecards/validate-scorecard";
import { KeyboardHelp } from "./keyboard-help";
import { SaveStatus, formatClock, type SaveState } from "./save-status";

export type EditorSection = { id: string; name: string; staffCritical: boolean; items: { id: string; text: string }[] };
export type EditorRedFlag = {
  id: string;
  title: string;
  description: string;
  severity: "note" | "caps-at-senior" | "blocks-hire";
  sectionName: string;
};
type ScorecardAction = (prev: unknown, payload: Record<string, unknown>) => Promise<ActionResult<SavedScorecard>>;

type Props = {
  mode: "draft" | "amend";
  interviewId: string;
  userId: string;
  sections: EditorSection[];
  redFlags: EditorRedFlag[];
  rules: KitRules;
  initial: { content: ScorecardContent; revision: number; updatedAt: number | null };
  autosaveUrl: string;
  /** submitScorecardAction in draft mode, amendScorecardAction in amend mode. */
  action: ScorecardAction;
  onDone?: () => void;
  onCancel?: () => void;
};

type Notice = { kind: "restored" | "offer"; savedAt: number; local: LocalDraft };
type SaveResponse = { ok: true; data: SavedScorecard } | { ok: false; code?: string; message: string; fieldErrors?: FieldErrors };

const AUTOSAVE_DEBOUNCE_MS = 800;
const OFFLINE_RETRY_MS = 5000;
const SEVERITY_LABEL = { note: "Note", "caps-at-senior": "Caps at Senior", "blocks-hire": "Blocks hire" } as const;
const NETWORK_MESSAGE =
  "Couldn't reach the server, so nothing was sent. Everything you typed is kept in this browser; try again when you're back online.";

const domId = (key: string) => `sc-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
const errorId = (key: string) => `${domId(key)}-error`;

function flattenFieldErrors(fieldErrors: FieldErrors | undefined): ScorecardErrors {
  const out: ScorecardErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const first = messages?.[0];
    if (first) out[key] = first;
  }
  return out;
}

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit", "reset"].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the server copy is the only copy; the status line still tells the truth.
  }
}

/**
 * The scorecard form. Drafts autosave to the server shortly after typing stops and are kept in this browser
 * meanwhile; a stale save (another tab) stops autosaving and says so; submit and amend go through server actions.
 */
export function ScorecardEditor(props: Props) {
  const { mode, interviewId, userId, sections, redFlags, rules, initial, autosaveUrl, action } = props;
  const sectionIds = useMemo(() => sections.map((s) => s.id), [sections]);
  const redFlagIds = useMemo(() => redFlags.map((f) => f.id), [redFlags]);
  const align = (c: ScorecardContent) => alignToSections(c, sectionIds, redFlagIds);
  const initialContent = useMemo(() => alignToSections(initial.content, sectionIds, redFlagIds), [initial.content, sectionIds, redFlagIds]);
  const storageKey = localDraftKey(userId, interviewId);
  const stashKey = conflictStashKey(userId, interviewId);
  const names = useMemo(
    () => ({ sections: new Map(sections.map((s) => [s.id, s.name])), redFlags: new Map(redFlags.map((f) => [f.id, f.title])) }),
    [sections, redFlags],
  );

  const [content, setContent] = useState<ScorecardContent>(initialContent);
  const [reason, setReason] = useState("");
  const [save, setSave] = useState<SaveState>(
    mode === "amend" ? { kind: "local" } : initial.revision > 0 ? { kind: "saved", at: initial.updatedAt } : { kind: "idle" },
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [stash, setStash] = useState<string | null>(null);
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ScorecardErrors>({});
  const [focusErrorTick, setFocusErrorTick] = useState(0);
  const [copied, setCopied] = useState(false);

  const formRef = useRef<HTMLFormElement>(null);
  const contentRef = useRef(content);
  const reasonRef = useRef(reason);
  const revisionRef = useRef(initial.revision);
  const lastSavedAt = useRef<number | null>(initial.updatedAt);
  const editSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const retryTimer = useRef<number | undefined>(undefined);
  const stopped = useRef(false);
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const writeLocal = () => {
    const record: LocalDraft = {
      v: 1,
      mode,
      content: contentRef.current,
      reason: mode === "amend" ? reasonRef.current : undefined,
      savedAt: Date.now(),
      baseRevision: revisionRef.current,
    };
    writeStorage(storageKey, JSON.stringify(record));
  };
  const clearLocal = () => writeStorage(storageKey, null);

  const schedule = (ms = AUTOSAVE_DEBOUNCE_MS) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), ms);
  };

  /** Sends the latest content if it changed since the last successful save; one request at a time. */
  flushRef.current = async () => {
    if (mode !== "draft" || stopped.current) return;
    if (inFlight.current) {
      await inFlight.current;
      if (stopped.current) return;
    }
    if (editSeq.current === savedSeq.current) return;
    if (!navigator.onLine) {
      setSave({ kind: "offline" });
      return;
    }
    window.clearTimeout(timer.current);
    const seq = editSeq.current;
    const run = (async () => {
      setSave({ kind: "saving" });
      try {
        const res = await fetch(autosaveUrl, {
          method: "PUT",
          headers: { "content-type": "application/json", accept: "application/json" },
          credentials: "same-origin",
          body: JSON.stringify({ baseRevision: revisionRef.current, content: contentRef.current }),
        });
        const isJson = (res.headers.get("content-type") ?? "").includes("application/json");
        const data = isJson ? ((await res.json().catch(() => null)) as SaveResponse | null) : null;
        if (res.ok && data?.ok) {
          revisionRef.current = data.data.revision;
          lastSavedAt.current = data.data.updatedAt;
          savedSeq.current = seq;
          setServerErrors({});
          if (editSeq.current === seq) {
            clearLocal();
            setSave({ kind: "saved", at: data.data.updatedAt });
          } else {
            writeLocal();
            setSave({ kind: "dirty" });
          }
          return;
        }
        if (res.status === 409 && data && !data.ok) {
          stopped.current = true;
          window.clearTimeout(timer.current);
          setSave({ kind: "conflict", message: data.message });
          return;
        }
        if (res.status === 401 || res.redirected || !isJson) {
          setSave({ kind: "error", message: "Your session has ended. Sign in again in another tab; everything you typed is kept in this browser." });
          return;
        }
        setServerErrors(flattenFieldErrors(data && !data.ok ? data.fieldErrors : undefined));
        setSave({
          kind: "error",
          message:
            data && !data.ok
              ? data.message
              : `The server couldn't save your changes (error ${res.status}). They are kept in this browser and will be sent again when you keep typing.`,
        });
      } catch {
        setSave({ kind: "offline" });
        window.clearTimeout(retryTimer.current);
        retryTimer.current = window.setTimeout(() => void flushRef.current(), OFFLINE_RETRY_MS);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (!stopped.current && editSeq.current !== seq && editSeq.current !== savedSeq.current) schedule();
  };

  /** Every change goes through here: state, the browser copy, then the debounced autosave. */
  const commit = (next: ScorecardContent, nextReason = reasonRef.current) => {
    contentRef.current = next;
    reasonRef.current = nextReason;
    setContent(next);
    setReason(nextReason);
    setServerErrors({});
    editSeq.current += 1;
    writeLocal();
    if (mode === "amend") return;
    if (stopped.current) return;
    setSave(navigator.onLine ? { kind: "dirty" } : { kind: "offline" });
    schedule();
  };
  const update = (fn: (c: ScorecardContent) => ScorecardContent) => commit(fn(contentRef.current));
  const updateSection = (sectionId: string, patch: Partial<SectionRatingInput>) =>
    update((c) => ({ ...c, ratings: c.ratings.map((r) => (r.sectionId === sectionId ? { ...r, ...patch } : r)) }));
  const setRating = (sectionId: string, value: RatingValue | "na") =>
    updateSection(sectionId, value === "na" ? { rating: null, notAssessed: true } : { rating: value, notAssessed: false });

  // On open: restore the browser's copy when it is newer than the server's, and say so.
  useEffect(() => {
    const local = parseLocalDraft(readStorage(storageKey));
    const decision = decideRestore(local, { mode, revision: initial.revision, updatedAt: initial.updatedAt, content: initialContent });
    if (decision.kind === "discard-local") clearLocal();
    if (local && decision.kind === "restore") {
      setNotice({ kind: "restored", savedAt: decision.savedAt, local });
      commit(align(local.content), local.reason ?? "");
    }
    if (local && decision.kind === "offer") setNotice({ kind: "offer", savedAt: decision.savedAt, local });
    const parked = readStorage(stashKey);
    if (parked) setStash(parked);
    // Runs once per mount: later server data arrives with a fresh mount (amend) or a reload.
  }, []);

  // Offline and back online: say so, and send what is waiting.
  useEffect(() => {
    if (mode !== "draft") return;
    const goOffline = () => {
      if (!stopped.current) setSave({ kind: "offline" });
    };
    const goOnline = () => {
      if (stopped.current) return;
      if (editSeq.current !== savedSeq.current) void flushRef.current();
      else setSave((s) => (s.kind !== "offline" ? s : revisionRef.current > 0 ? { kind: "saved", at: lastSavedAt.current } : { kind: "idle" }));
    };
    // Closing the tab: one last attempt, kept alive past the page; the browser copy covers a failure.
    const onPageHide = () => {
      if (stopped.current || inFlight.current || editSeq.current === savedSeq.current || !navigator.onLine) return;
      void fetch(autosaveUrl, {
        method: "PUT",
        keepalive: true,
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ baseRevision: revisionRef.current, content: contentRef.current }),
      }).catch(() => undefined);
    };
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    window.addEventListener("pagehide", onPageHide);
    if (!navigator.onLine) goOffline();
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      window.removeEventListener("pagehide", onPageHide);
      window.clearTimeout(timer.current);
      window.clearTimeout(retryTimer.current);
    };
  }, [mode, autosaveUrl]);

  const clientErrors = useMemo(() => {
    const errors = validateScorecard(content, rules, submitAttempted ? "submit" : "draft");
    if (mode === "amend" && submitAttempted) {
      const reasonError = validateAmendmentReason(reason);
      if (reasonError) errors.reason = reasonError;
    }
    return errors;
  }, [content, rules, submitAttempted, mode, reason]);
  const errors: ScorecardErrors = { ...serverErrors, ...clientErrors };

  useEffect(() => {
    if (focusErrorTick === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[data-invalid="true"]');
    first?.focus();
    first?.scrollIntoView({ block: "center" });
  }, [focusErrorTick]);

  const [result, dispatch, pending] = useActionState<ActionResult<SavedScorecard> | null, null>(async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (mode === "draft" && stopped.current) return null;
    const payload: Record<string, unknown> = { interviewId, baseRevision: revisionRef.current, content: contentRef.current };
    if (mode === "amend") payload.reason = reasonRef.current;
    let outcome: ActionResult<SavedScorecard>;
    try {
      outcome = await action(null, payload);
    } catch {
      return { ok: false, code: "network", message: NETWORK_MESSAGE };
    }
    if (outcome.ok) {
      stopped.current = true;
      clearLocal();
      props.onDone?.();
    } else if (outcome.code === "conflict") {
      stopped.current = true;
      setSave({ kind: "conflict", message: outcome.message });
    } else {
      setServerErrors(flattenFieldErrors(outcome.fieldErrors));
      setFocusErrorTick((t) => t + 1);
    }
    return outcome;
  }, null);

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitAttempted(true);
    const problems = validateScorecard(contentRef.current, rules, "submit");
    if (mode === "amend") {
      const reasonError = validateAmendmentReason(reasonRef.current);
      if (reasonError) problems.reason = reasonError;
    }
    if (hasErrors(problems)) {
      setFocusErrorTick((t) => t + 1);
      return;
    }
    startTransition(() => dispatch(null));
  };

  const focusSection = (index: number) => {
    const target = formRef.current?.querySelector<HTMLElement>(`[data-section-index="${index}"]`);
    if (!target) return;
    const radio =
      target.querySelector<HTMLInputElement>('input[data-rating-radio]:checked') ?? target.querySelector<HTMLInputElement>("input[data-rating-radio]");
    radio?.focus();
    target.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    const sectionEl = target.closest<HTMLElement>("[data-section-index]");
    const index = sectionEl ? Number(sectionEl.dataset.sectionIndex) : -1;
    const last = sections.length - 1;
    // Enter on a radio or checkbox would submit the whole form; keyboard users press it by habit.
    if (e.key === "Enter" && target instanceof HTMLInputElement) {
      e.preventDefault();
      return;
    }
    const move = (delta: 1 | -1) => {
      e.preventDefault();
      focusSection(index === -1 ? (delta === 1 ? 0 : last) : Math.min(last, Math.max(0, index + delta)));
    };
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      move(e.key === "ArrowDown" ? 1 : -1);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || isTextField(target)) return;
    if (e.key === "j" || e.key === "k") {
      move(e.key === "j" ? 1 : -1);
      return;
    }
    if (!sectionEl) return;
    const sectionId = sectionEl.dataset.sectionId;
    if (!sectionId) return;
    const value: RatingValue | "na" | null =
      e.key === "0" ? 0 : e.key === "1" ? 1 : e.key === "2" ? 2 : e.key === "n" || e.key === "N" ? "na" : null;
    if (value === null) return;
    e.preventDefault();
    setRating(sectionId, value);
    document.getElementById(domId(`rating-${sectionId}-${value}`))?.focus();
  };

  const reloadAfterConflict = () => {
    writeStorage(stashKey, contentToPlainText(contentRef.current, names));
    clearLocal();
    window.location.reload();
  };
  const copyText = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const flagsById = new Map(content.redFlags.map((f) => [f.redFlagId, f]));
  const conflictState = save.kind === "conflict" ? save : null;
  const actionError = result && !result.ok && result.code !== "conflict" ? result.message : null;
  const errorList = submitAttempted ? Object.entries(errors) : [];

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={mode === "amend" ? "Amend scorecard" : "Scorecard"}
      className="space-y-4"
    >
      <div className="sticky top-12 z-10 flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white/95 px-4 py-2 shadow-sm backdrop-blur lg:top-2">
        <SaveStatus state={save} />
        <KeyboardHelp />
      </div>

      {save.kind === "error" ? (
        <p role="alert" data-testid="save-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {save.message}
        </p>
      ) : null}

      {conflictState ? (
        <div role="alert" data-testid="conflict" className="space-y-2 rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">This scorecard was changed in another tab or window.</p>
          <p>
            {conflictState.message.startsWith("This scorecard was changed")
              ? "Reload to see the latest version. Autosave has stopped so nothing is overwritten; your text stays on this page, and Reload keeps a copy of it for you."
              : conflictState.message}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={reloadAfterConflict} className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
              Reload
            </button>
            <button
              type="button"
              onClick={() => void copyText(contentToPlainText(contentRef.current, names))}
              className="rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium text-red-900 hover:bg-red-100"
            >
              {copied ? "Copied" : "Copy my text"}
            </button>
          </div>
        </div>
      ) : null}

      {notice ? (
        <div role="status" data-testid="restore-notice" className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-violet-200 bg-violet-50 px-4 py-2.5 text-sm text-violet-900">
          {notice.kind === "restored" ? (
            <>
              <p>Restored your unsaved changes from this browser (saved {formatClock(notice.savedAt)}).</p>
              <button
                type="button"
                onClick={() => {
                  setNotice(null);
                  commit(initialContent, "");
                }}
                className="rounded-md border border-violet-300 bg-white px-2.5 py-1 font-medium hover:bg-violet-100"
              >
                Discard them
              </button>
            </>
          ) : (
            <>
              <p>
                This browser holds older unsaved changes (saved {formatClock(notice.savedAt)}); the copy shown is newer.
              </p>
              <button
                type="button"
                onClick={() => {
                  setNotice({ ...notice, kind: "restored" });
                  commit(align(notice.local.content), notice.local.reason ?? "");
                }}
                className="rounded-md border border-violet-300 bg-white px-2.5 py-1 font-medium hover:bg-violet-100"
              >
                Use this browser&apos;s copy
              </button>
              <button
                type="button"
                onClick={() => {
                  setNotice(null);
                  clearLocal();
                }}
                className="rounded-md border border-violet-300 bg-white px-2.5 py-1 font-medium hover:bg-violet-100"
              >
                Discard it
              </button>
            </>
          )}
        </div>
      ) : null}

      {stash ? (
        <div data-testid="conflict-stash" className="space-y-2 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <label htmlFor="sc-stash" className="block font-semibold">
            Your text from the other copy, kept when you reloaded
          </label>
          <textarea id="sc-stash" readOnly value={stash} rows={5} className="block w-full rounded-md border border-amber-300 bg-white px-2 py-1.5 font-mono text-xs" />
          <div className="flex gap-2">
            <button type="button" onClick={() => void copyText(stash)} className="rounded-md border border-amber-300 bg-white px-2.5 py-1 font-medium">
              {copied ? "Copied" : "Copy"}
            </button>
            <button
              type="button"
              onClick={() => {
                writeStorage(stashKey, null);
                setStash(null);
              }}
              className="rounded-md border border-amber-300 bg-white px-2.5 py-1 font-medium"
            >
              Dismiss
            </button>
          </div>
        </div>
      ) : null}

      {sections.map((section, index) => {
        const value = content.ratings.find((r) => r.sectionId === section.id);
        if (!value) return null;
        return (
          <SectionFieldset
            key={section.id}
            index={index}
            section={section}
            value={value}
            errors={errors}
            onRating={(v) => setRating(section.id, v)}
            onChange={(patch) => updateSection(section.id, patch)}
          />
        );
      })}

      <fieldset className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <legend className="px-1 font-semibold text-slate-900">Red flags</legend>
        {redFlags.length === 0 ? (
          <p className="text-sm text-slate-500">This stage&apos;s sections list no red flags.</p>
        ) : (
          <ul className="space-y-2">
            {redFlags.map((flag) => {
              const raised = flagsById.get(flag.id);
              const noteKey = fieldKey.redFlagNote(flag.id);
              const noteError = errors[noteKey];
              return (
                <li key={flag.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={Boolean(raised)}
                      onChange={(e) =>
                        update((c) => ({
                          ...c,
                          redFlags: e.target.checked
                            ? [...c.redFlags, { redFlagId: flag.id, note: "" }]
                            : c.redFlags.filter((f) => f.redFlagId !== flag.id),
                        }))
                      }
                      className="mt-1 h-4 w-4 rounded border-slate-300"
                    />
                    <span>
                      <span className="font-medium">{flag.title}</span>{" "}
                      <span className="text-xs text-slate-500">
                        {SEVERITY_LABEL[flag.severity]} · {flag.sectionName}
                      </span>
                    </span>
                  </label>
                  {raised ? (
                    <div className="ml-6 mt-1">
                      <label htmlFor={domId(noteKey)} className="block text-xs font-medium text-slate-600">
                        Note<span className="sr-only"> on {flag.title}</span> — what did you see?
                      </label>
                      <textarea
                        id={domId(noteKey)}
                        value={raised.note}
                        rows={2}
                        onChange={(e) =>
                          update((c) => ({
                            ...c,
                            redFlags: c.redFlags.map((f) => (f.redFlagId === flag.id ? { ...f, note: e.target.value } : f)),
                          }))
                        }
                        aria-invalid={Boolean(noteError)}
                        aria-describedby={noteError ? errorId(noteKey) : undefined}
                        data-invalid={Boolean(noteError)}
                        className="mt-0.5 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500"
                      />
                      <Counter value={raised.note} limit={LIMITS.note} />
                      <ErrorText fieldKey={noteKey} message={noteError} />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <div className="space-y-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <ChoiceGroup
          legend="Overall level recommendation"
          name="overallRecommendation"
          options={RECOMMENDATIONS.map((v) => [v, RECOMMENDATION_LABELS[v]] as const)}
          value={content.overallRecommendation}
          error={errors.overallRecommendation}
          onChange={(v) => update((c) => ({ ...c, overallRecommendation: v }))}
        />
        <ChoiceGroup
          legend="Confidence"
          name="confidence"
          options={CONFIDENCE_LEVELS.map((v) => [v, CONFIDENCE_LABELS[v]] as const)}
          value={content.confidence}
          error={errors.confidence}
          onChange={(v) => update((c) => ({ ...c, confidence: v }))}
        />
        <div>
          <label htmlFor="sc-summary" className="block text-sm font-medium text-slate-700">
            Summary <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <textarea
            id="sc-summary"
            value={content.summary}
            rows={3}
            onChange={(e) => {
              const summary = e.target.value;
              update((c) => ({ ...c, summary }));
            }}
            aria-invalid={Boolean(errors.summary)}
            aria-describedby={errors.summary ? errorId("summary") : undefined}
            data-invalid={Boolean(errors.summary)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500"
          />
          <Counter value={content.summary} limit={LIMITS.summary} />
          <ErrorText fieldKey="summary" message={errors.summary} />
        </div>
      </div>

      {mode === "amend" ? (
        <div className="rounded-xl border border-violet-200 bg-violet-50 px-4 py-3">
          <label htmlFor="sc-reason" className="block text-sm font-semibold text-violet-950">
            Reason for the amendment
          </label>
          <p className="text-xs text-violet-900">Required. The original scorecard and this reason stay on record.</p>
          <textarea
            id="sc-reason"
            value={reason}
            rows={2}
            onChange={(e) => commit(contentRef.current, e.target.value)}
            aria-invalid={Boolean(errors.reason)}
            aria-describedby={errors.reason ? errorId("reason") : undefined}
            data-invalid={Boolean(errors.reason)}
            className="mt-1 block w-full rounded-md border border-violet-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500"
          />
          <ErrorText fieldKey="reason" message={errors.reason} />
        </div>
      ) : null}

      {errorList.length > 0 ? (
        <div role="alert" data-testid="form-errors" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">
            {errorList.length === 1 ? "One thing needs attention" : `${errorList.length} things need attention`} before{" "}
            {mode === "amend" ? "the amendment can be saved" : "you can submit"}:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {errorList.map(([key, message]) => (
              <li key={key}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {actionError && errorList.length === 0 ? (
        <p role="alert" data-testid="action-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {actionError}
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending || conflictState !== null}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {mode === "amend" ? (pending ? "Saving amendment…" : "Save amendment") : pending ? "Submitting…" : "Submit scorecard"}
        </button>
        {mode === "amend" ? (
          <button
            type="button"
            onClick={() => {
              clearLocal();
              props.onCancel?.();
            }}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-50"
          >
            Cancel amendment
          </button>
        ) : (
          <p className="text-sm text-slate-500">Submitting locks the scorecard; later changes are amendments with a reason.</p>
        )}
      </div>
    </form>
  );
}

function SectionFieldset({
  index,
  section,
  value,
  errors,
  onRating,
  onChange,
}: {
  index: number;
  section: EditorSection;
  value: SectionRatingInput;
  errors: ScorecardErrors;
  onRating: (v: RatingValue | "na") => void;
  onChange: (patch: Partial<SectionRatingInput>) => void;
}) {
  const ratingKey = fieldKey.rating(section.id);
  const evidenceKey = fieldKey.evidence(section.id);
  const scopeKey = fieldKey.scope(section.id);
  const itemsKey = fieldKey.items(section.id);
  const legendId = domId(`legend-${section.id}`);
  const current = value.notAssessed ? "na" : value.rating === null ? null : String(value.rating);
  const options: [RatingValue | "na", string, string][] = [
    [0, "0", RATING_LABELS[0]],
    [1, "1", RATING_LABELS[1]],
    [2, "2", RATING_LABELS[2]],
    ["na", "n/a", "Not assessed"],
  ];
  return (
    <fieldset
      data-section-index={index}
      data-section-id={section.id}
      className="scroll-mt-28 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm focus-within:border-brand-600 focus-within:ring-1 focus-within:ring-brand-600"
    >
      <legend id={legendId} className="flex items-center gap-2 px-1 font-semibold text-slate-900">
        {section.name}
        {section.staffCritical ? <span className="shrink-0 whitespace-nowrap rounded-full bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-800">Staff-critical</span> : null}
      </legend>

      <div
        role="radiogroup"
        aria-labelledby={legendId}
        aria-invalid={Boolean(errors[ratingKey])}
        aria-describedby={errors[ratingKey] ? errorId(ratingKey) : undefined}
        className="grid grid-cols-4 gap-1.5"
      >
        {options.map(([v, short, long], i) => {
          const id = domId(`rating-${section.id}-${v}`);
          const checked = current === String(v);
          return (
            <label
              key={String(v)}
              htmlFor={id}
              className={`relative flex cursor-pointer flex-col items-center rounded-lg border px-1 py-1.5 text-center has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
                checked ? "border-brand-600 bg-brand-50 text-brand-900" : "border-slate-200 hover:bg-slate-50"
              }`}
            >
              <input
                id={id}
                type="radio"
                name={`rating-${section.id}`}
                value={String(v)}
                checked={checked}
                onChange={() => onRating(v)}
                data-rating-radio=""
                data-invalid={i === 0 && Boolean(errors[ratingKey])}
                className="sr-only"
              />
              <span className="text-base font-semibold leading-tight">{short}</span>
              <span className="text-[11px] leading-tight text-slate-600">
                <span className="sr-only"> — </span>
                {v === "na" ? "Not assessed" : long.split(",")[0]}
              </span>
            </label>
          );
        })}
      </div>
      <ErrorText fieldKey={ratingKey} message={errors[ratingKey]} />

      <div className="mt-3">
        <label htmlFor={domId(evidenceKey)} className="block text-sm font-medium text-slate-700">
          Evidence<span className="sr-only"> for {section.name}</span>
          {value.rating === 0 || value.rating === 2 ? <span className="font-normal text-slate-500"> (required for a {value.rating})</span> : null}
        </label>
        <textarea
          id={domId(evidenceKey)}
          value={value.evidence}
          rows={3}
          onChange={(e) => onChange({ evidence: e.target.value })}
          aria-invalid={Boolean(errors[evidenceKey])}
          aria-describedby={errors[evidenceKey] ? errorId(evidenceKey) : undefined}
          data-invalid={Boolean(errors[evidenceKey])}
          placeholder="What did the candidate say or do? Concrete examples, numbers, scope."
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-500"
        />
        <Counter value={value.evidence} limit={LIMITS.evidence} />
        <ErrorText fieldKey={evidenceKey} message={errors[evidenceKey]} />
      </div>

      <fieldset className="mt-2" aria-describedby={errors[scopeKey] ? errorId(scopeKey) : undefined}>
        <legend className="text-sm font-medium text-slate-700">
          Scope of the evidence<span className="sr-only"> for {section.name}</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {SCOPES.map((scope, i) => {
            const id = domId(`scope-${section.id}-${scope}`);
            const checked = value.scope === scope;
            return (
              <label
                key={scope}
                htmlFor={id}
                className={`relative cursor-pointer rounded-md border px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
                  checked ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-slate-200 hover:bg-slate-50"
                }`}
              >
                <input
                  id={id}
                  type="radio"
                  name={`scope-${section.id}`}
                  value={scope}
                  checked={checked}
                  onChange={() => onChange({ scope })}
                  aria-invalid={Boolean(errors[scopeKey])}
                  data-invalid={i === 0 && Boolean(errors[scopeKey])}
                  className="sr-only"
                />
                {SCOPE_LABELS[scope]}
              </label>
            );
          })}
        </div>
        <ErrorText fieldKey={scopeKey} message={errors[scopeKey]} />
      </fieldset>

      {section.items.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">
            Items observed ({value.itemsObserved.length} of {section.items.length})<span className="sr-only"> for {section.name}</span>
          </summary>
          <ul className="mt-1 space-y-1">
            {section.items.map((item) => (
              <li key={item.id}>
                <label className="flex items-start gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    checked={value.itemsObserved.includes(item.id)}
                    onChange={(e) =>
                      onChange({
                        itemsObserved: e.target.checked
                          ? [...value.itemsObserved, item.id]
                          : value.itemsObserved.filter((id) => id !== item.id),
                      })
                    }
                    className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300"
                  />
                  {item.text}
                </label>
              </li>
            ))}
          </ul>
          <ErrorText fieldKey={itemsKey} message={errors[itemsKey]} />
        </details>
      ) : null}
    </fieldset>
  );
}

function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  value,
  error,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly (readonly [T, string])[];
  value: T | null;
  error?: string;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset aria-describedby={error ? errorId(name) : undefined}>
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {options.map(([v, label], i) => {
          const id = domId(`${name}-${v}`);
          return (
            <label
              key={v}
              htmlFor={id}
              className={`relative cursor-pointer rounded-md border px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
                value === v ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-slate-200 hover:bg-slate-50"
              }`}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={v}
                checked={value === v}
                onChange={() => onChange(v)}
                aria-invalid={Boolean(error)}
                data-invalid={i === 0 && Boolean(error)}
                className="sr-only"
              />
              {label}
            </label>
          );
        })}
      </div>
      <ErrorText fieldKey={name} message={error} />
    </fieldset>
  );
}

function Counter({ value, limit }: { value: string; limit: number }) {
  const over = value.length > limit;
  if (value.length < limit * 0.8 && !over) return null;
  return (
    <p className={`mt-0.5 text-right text-xs ${over ? "font-medium text-red-700" : "text-slate-500"}`}>
      {value.length.toLocaleString("en-US")} / {limit.toLocaleString("en-US")}
    </p>
  );
}

function ErrorText({ fieldKey: key, message }: { fieldKey: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(key)} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}
