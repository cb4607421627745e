"use client";

import { lazy, startTransition, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import { primaryButton, secondaryButton } from "@/components/ui/form-styles";
import type { ActionResult, FieldErrors } from "@/lib/actions/action-result";
import { findContradictions, validateContradictionNote } from "@/lib/scorecards/contradictions";
import {
  alignToSections,
  contentToPlainText,
  type RatingValue,
  type ScorecardContent,
  type SectionRatingInput,
} from "@/lib/scorecards/scorecard-content";
import type { SavedScorecard } from "@/lib/scorecards/scorecard-schema";
import { hasErrors, validateAmendmentReason, validateScorecard, type KitRules, type ScorecardErrors } from "@/lib/scorecards/validate-scorecard";
import { CONTRADICTION_NOTE_FIELD, ContradictionWarning } from "./contradiction-warning";
import { domId } from "./field-ids";
import { SaveStatus } from "./save-status";
import { ActionErrorBanner, FormErrorsBanner, SaveErrorBanner } from "./scorecard-banners";
import { AmendmentReasonField, RedFlagsFieldset, SummaryFields, type EditorRedFlag } from "./scorecard-fields";
import { SectionRatingFieldset, type EditorSection } from "./section-rating-fieldset";
import { useAutosave } from "./use-autosave";
import { useLocalDraft } from "./use-local-draft";
import { useRatingKeys } from "./use-rating-keys";

// Shown only after a server answer, or on opening with another copy about (other-copy-banners.tsx): each is
// loaded when first shown, never on the first load. React.lazy rather than next/dynamic, whose loader weighs more
// than these banners; none of them is ever in the server's render, so nothing waits for it there.
const ScorecardConflictBanner = lazy(() => import("./other-copy-banners").then((m) => ({ default: m.ScorecardConflictBanner })));
const RestoreNoticeBanner = lazy(() => import("./other-copy-banners").then((m) => ({ default: m.RestoreNoticeBanner })));
const ConflictStash = lazy(() => import("./other-copy-banners").then((m) => ({ default: m.ConflictStash })));

export type { EditorRedFlag, EditorSection };
type ScorecardAction = (prev: unknown, payload: Record<string, unknown>) => Promise<ActionResult<SavedScorecard>>;

type Props = {
  mode: "draft" | "amend";
  interviewId: string;
  userId: string;
  sections: EditorSection[];
  redFlags: EditorRedFlag[];
  rules: KitRules;
  initial: { content: ScorecardContent; revision: number; updatedAt: number | null; contradictionNote?: string | null };
  autosaveUrl: string;
  /** The keyboard shortcuts (components/scorecards/keyboard-help.tsx), rendered on the server: static text needs no JavaScript. */
  keyboardHelp: React.ReactNode;
  /** submitScorecardAction in draft mode, amendScorecardAction in amend mode. */
  action: ScorecardAction;
  onDone?: () => void;
  onCancel?: () => void;
};

const NETWORK_MESSAGE =
  "Couldn't reach the server, so nothing was sent. Everything you typed is kept in this browser; try again when you're back online.";

function flattenFieldErrors(fieldErrors: FieldErrors | undefined): ScorecardErrors {
  const out: ScorecardErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const first = messages?.[0];
    if (first) out[key] = first;
  }
  return out;
}

/**
 * The scorecard form. Drafts autosave to the server shortly after typing stops (use-autosave) and are kept in
 * this browser meanwhile (use-local-draft); a stale save (another tab) stops autosaving and says so; submit and
 * amend go through server actions.
 */
export function ScorecardEditor(props: Props) {
  const { mode, interviewId, userId, sections, redFlags, rules, initial, autosaveUrl, action } = props;
  const sectionIds = useMemo(() => sections.map((s) => s.id), [sections]);
  const redFlagIds = useMemo(() => redFlags.map((f) => f.id), [redFlags]);
  const align = (c: ScorecardContent) => alignToSections(c, sectionIds, redFlagIds);
  const initialContent = useMemo(() => alignToSections(initial.content, sectionIds, redFlagIds), [initial.content, sectionIds, redFlagIds]);
  const names = useMemo(
    () => ({ sections: new Map(sections.map((s) => [s.id, s.name])), redFlags: new Map(redFlags.map((f) => [f.id, f.title])) }),
    [sections, redFlags],
  );

  // What the person typed; until then the form shows the copy that won on opening (this browser's, or the server's).
  const [edited, setEdited] = useState<{ content: ScorecardContent; reason: string } | null>(null);
  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ScorecardErrors>({});
  const [focusErrorTick, setFocusErrorTick] = useState(0);
  const [copied, setCopied] = useState(false);
  // The warning a self-contradictory submit opens (lib/scorecards/contradictions.ts), and the note that answers it.
  // warningTick remounts the panel so each submit attempt moves focus to it again.
  const [warningOpen, setWarningOpen] = useState(false);
  const [warningTick, setWarningTick] = useState(0);
  // An amendment starts from the note the submitted scorecard carries.
  const [note, setNote] = useState(initial.contradictionNote ?? "");
  const [noteAttempted, setNoteAttempted] = useState(false);
  const noteRef = useRef(initial.contradictionNote ?? "");
  // The latest values for the async paths (autosave answers, submit), which outlive the render they started in.
  const contentRef = useRef(initialContent);
  const reasonRef = useRef("");

  const {
    restored,
    notice,
    stash,
    write: writeLocal,
    clear: clearLocal,
    takeOffered,
    dismissNotice,
    dismissStash,
    parkForReload,
  } = useLocalDraft({
    mode,
    userId,
    interviewId,
    server: { revision: initial.revision, updatedAt: initial.updatedAt, content: initialContent },
    align,
    onRestored: (copy) => {
      contentRef.current = copy.content;
      reasonRef.current = copy.reason;
      writeLocal(contentRef.current, reasonRef.current, savedRevision());
      queueSave(contentRef.current);
    },
  });
  const {
    status: save,
    save: queueSave,
    stop: stopAutosave,
    settle: settleAutosave,
    revision: savedRevision,
    isStopped: autosaveStopped,
  } = useAutosave({
    url: autosaveUrl,
    enabled: mode === "draft",
    initial: { content: initialContent, revision: initial.revision, updatedAt: initial.updatedAt },
    onSaved: (upToDate) => (upToDate ? clearLocal() : writeLocal(contentRef.current, reasonRef.current, savedRevision())),
    onFieldErrors: (fieldErrors) => setServerErrors(flattenFieldErrors(fieldErrors)),
  });
  const content = edited?.content ?? restored?.content ?? initialContent;
  const reason = edited?.reason ?? restored?.reason ?? "";

  /** Every change goes through here: state, the browser copy, then the debounced autosave. */
  function commit(next: ScorecardContent, nextReason = reasonRef.current) {
    contentRef.current = next;
    reasonRef.current = nextReason;
    setEdited({ content: next, reason: nextReason });
    setServerErrors({});
    if (findContradictions(next, rules.redFlags).length === 0) setWarningOpen(false);
    writeLocal(next, nextReason, savedRevision());
    queueSave(next);
  }
  const update = (fn: (c: ScorecardContent) => ScorecardContent) => commit(fn(contentRef.current));
  const updateSection = (sectionId: string, patch: Partial<SectionRatingInput>) =>
    update((c) => ({ ...c, ratings: c.ratings.map((r) => (r.sectionId === sectionId ? { ...r, ...patch } : r)) }));
  const setRating = (sectionId: string, value: RatingValue | "na") =>
    updateSection(sectionId, value === "na" ? { rating: null, notAssessed: true } : { rating: value, notAssessed: false });
  const { formRef, onKeyDown } = useRatingKeys({ sectionCount: sections.length, onRate: setRating });

  const clientErrors = useMemo(() => {
    const errors = validateScorecard(content, rules, submitAttempted ? "submit" : "draft");
    if (mode === "amend" && submitAttempted) {
      const reasonError = validateAmendmentReason(reason);
      if (reasonError) errors.reason = reasonError;
    }
    return errors;
  }, [content, rules, submitAttempted, mode, reason]);
  const errors: ScorecardErrors = { ...serverErrors, ...clientErrors };
  const contradictions = useMemo(() => findContradictions(content, rules.redFlags), [content, rules.redFlags]);
  const noteError = (noteAttempted ? validateContradictionNote(note, contradictions) : null) ?? serverErrors[CONTRADICTION_NOTE_FIELD];

  useEffect(() => {
    if (focusErrorTick === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[data-invalid="true"]');
    first?.focus();
    first?.scrollIntoView({ block: "center" });
  }, [focusErrorTick, formRef]);

  const [result, dispatch, pending] = useFormAction<ActionResult<SavedScorecard> | null, null>(
    async () => {
      await settleAutosave();
      if (mode === "draft" && autosaveStopped()) return null;
      const payload: Record<string, unknown> = { interviewId, baseRevision: savedRevision(), content: contentRef.current };
      if (mode === "amend") payload.reason = reasonRef.current;
      if (findContradictions(contentRef.current, rules.redFlags).length > 0) payload.contradictionNote = noteRef.current;
      const outcome = await action(null, payload);
      if (outcome.ok) {
        stopAutosave();
        clearLocal();
        props.onDone?.();
      } else if (outcome.code === "conflict") {
        stopAutosave(outcome.message);
      } else {
        const fieldErrors = flattenFieldErrors(outcome.fieldErrors);
        setServerErrors(fieldErrors);
        if (fieldErrors[CONTRADICTION_NOTE_FIELD]) setWarningOpen(true);
        setFocusErrorTick((t) => t + 1);
      }
      return outcome;
    },
    null,
    (failure) => ({ ...failure, message: NETWORK_MESSAGE }),
  );

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
    if (findContradictions(contentRef.current, rules.redFlags).length > 0) {
      setWarningOpen(true);
      setWarningTick((t) => t + 1);
      return;
    }
    startTransition(() => dispatch(null));
  };

  /** "Submit with this note": the note must say why both hold before anything is sent. */
  const onConfirmContradiction = () => {
    setNoteAttempted(true);
    if (validateContradictionNote(noteRef.current, findContradictions(contentRef.current, rules.redFlags))) {
      document.getElementById(domId(CONTRADICTION_NOTE_FIELD))?.focus();
      return;
    }
    startTransition(() => dispatch(null));
  };

  /** "Change the scorecard": close the warning and put focus on the recommendation; the note is kept. */
  const onChangeScorecard = () => {
    setWarningOpen(false);
    const recommendation = contentRef.current.overallRecommendation;
    const target = recommendation ? document.getElementById(domId(`overallRecommendation-${recommendation}`)) : null;
    requestAnimationFrame(() => target?.focus());
  };

  const copyText = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const conflictState = save.kind === "conflict" ? save : null;
  const actionError = result && !result.ok && result.code !== "conflict" ? result.message : null;
  // The note's error is shown in the warning panel, not in the list of the form's problems.
  const errorList = submitAttempted ? Object.entries(errors).filter(([key]) => key !== CONTRADICTION_NOTE_FIELD) : [];

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
        {props.keyboardHelp}
      </div>

      {save.kind === "error" ? <SaveErrorBanner message={save.message} /> : null}
      <Suspense fallback={null}>
        {conflictState ? (
          <ScorecardConflictBanner
            message={conflictState.message}
            copied={copied}
            onReload={() => {
              parkForReload(contentToPlainText(contentRef.current, names));
              window.location.reload();
            }}
            onCopy={() => void copyText(contentToPlainText(contentRef.current, names))}
          />
        ) : null}
        {notice ? (
          <RestoreNoticeBanner
            notice={notice}
            onDiscardRestored={() => {
              dismissNotice();
              commit(initialContent, "");
            }}
            onUseOffered={() => {
              takeOffered();
              commit(align(notice.local.content), notice.local.reason ?? "");
            }}
            onDiscardOffered={() => {
              dismissNotice();
              clearLocal();
            }}
          />
        ) : null}
        {stash ? <ConflictStash text={stash} copied={copied} onCopy={() => void copyText(stash ?? "")} onDismiss={dismissStash} /> : null}
      </Suspense>

      {sections.map((section, index) => {
        const value = content.ratings.find((r) => r.sectionId === section.id);
        if (!value) return null;
        return (
          <SectionRatingFieldset
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

      <RedFlagsFieldset redFlags={redFlags} content={content} errors={errors} update={update} />
      <SummaryFields content={content} errors={errors} update={update} />
      {mode === "amend" ? <AmendmentReasonField value={reason} error={errors.reason} onChange={(r) => commit(contentRef.current, r)} /> : null}

      {errorList.length > 0 ? <FormErrorsBanner errors={errorList} mode={mode} /> : null}
      {actionError && errorList.length === 0 && !(warningOpen && noteError) ? <ActionErrorBanner message={actionError} /> : null}
      {warningOpen && contradictions.length > 0 ? (
        <ContradictionWarning
          key={warningTick}
          mode={mode}
          contradictions={contradictions}
          note={note}
          error={noteError}
          pending={pending}
          onNoteChange={(next) => {
            noteRef.current = next;
            setNote(next);
            setServerErrors(({ [CONTRADICTION_NOTE_FIELD]: _dropped, ...rest }) => rest);
          }}
          onConfirm={onConfirmContradiction}
          onChange={onChangeScorecard}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || conflictState !== null} className={primaryButton}>
          {mode === "amend" ? (pending ? "Saving amendment…" : "Save amendment") : pending ? "Submitting…" : "Submit scorecard"}
        </button>
        {mode === "amend" ? (
          <button
            type="button"
            onClick={() => {
              clearLocal();
              props.onCancel?.();
            }}
            className={secondaryButton}
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
