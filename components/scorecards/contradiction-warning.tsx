"use client";

import { useEffect, useRef } from "react";
import { primaryButton, secondaryButton } from "@/components/ui/form-styles";
import type { Contradiction } from "@/lib/scorecards/contradictions";
import { LIMITS } from "@/lib/scorecards/scorecard-content";
import { ScorecardTextArea } from "./scorecard-fields";

/** The field key of the note, as the server's field errors name it. */
export const CONTRADICTION_NOTE_FIELD = "contradictionNote";

/**
 * Shown when a submit (or amendment) recommends a level its own red flags rule out. Focus moves here when it
 * opens; the person either explains in a note why both hold, or goes back to the form with nothing lost.
 */
export function ContradictionWarning({
  mode,
  contradictions,
  note,
  error,
  pending,
  onNoteChange,
  onConfirm,
  onChange,
}: {
  mode: "draft" | "amend";
  contradictions: Contradiction[];
  note: string;
  error: string | undefined;
  pending: boolean;
  onNoteChange: (note: string) => void;
  onConfirm: () => void;
  onChange: () => void;
}) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
    panel.current?.scrollIntoView({ block: "nearest" });
  }, []);
  const confirmLabel = mode === "amend" ? "Save the amendment with this note" : "Submit with this note";

  return (
    <section
      ref={panel}
      tabIndex={-1}
      role="alert"
      aria-labelledby="sc-contradiction-title"
      data-testid="contradiction-warning"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onChange();
        }
      }}
      className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 focus:outline-2 focus:outline-offset-2 focus:outline-amber-600"
    >
      <h3 id="sc-contradiction-title" className="font-semibold">
        {contradictions.length === 1 ? "This scorecard contradicts itself" : `This scorecard contradicts itself in ${contradictions.length} ways`}
      </h3>
      <ul className="list-disc space-y-1 pl-5">
        {contradictions.map((c) => (
          <li key={c.redFlagId}>{c.message}</li>
        ))}
      </ul>
      <p>If both hold, say why in a note; the debrief shows it beside your scorecard. Otherwise change the recommendation or the flag.</p>
      <div>
        <ScorecardTextArea
          field={CONTRADICTION_NOTE_FIELD}
          labelClassName="block font-medium text-amber-950"
          label="Why both hold"
          hint={<p className="text-xs text-amber-900">At least {LIMITS.reasonMin} characters.</p>}
          value={note}
          rows={3}
          limit={LIMITS.note}
          error={error}
          onChange={onNoteChange}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onConfirm} disabled={pending} className={primaryButton}>
          {pending ? (mode === "amend" ? "Saving amendment…" : "Submitting…") : confirmLabel}
        </button>
        <button type="button" onClick={onChange} disabled={pending} className={secondaryButton}>
          Change the scorecard
        </button>
      </div>
    </section>
  );
}
