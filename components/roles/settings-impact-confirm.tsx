"use client";

import { useEffect, useRef } from "react";
import type { Level } from "@/lib/calibration";
import { LEVEL_LABELS } from "@/lib/debrief/labels";
import { primaryButton, secondaryButton } from "@/components/ui/form-styles";

export type SettingsImpactView = { token: string; changes: { applicationId: string; candidateName: string; from: Level; to: Level }[] };

const debriefs = (n: number) => `${n} open debrief${n === 1 ? "" : "s"}`;

/**
 * Before settings that move live recommendations are saved: which open debriefs change level, from what to what,
 * and a confirm that saves exactly that outcome (the server refuses a different one and asks again).
 */
export function SettingsImpactConfirm({
  impact,
  pending,
  onConfirm,
  onCancel,
}: {
  impact: SettingsImpactView;
  pending: boolean;
  onConfirm: (token: string) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [impact.token]);
  const n = impact.changes.length;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="settings-impact-heading"
      data-testid="settings-impact"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 focus:outline-2 focus:outline-amber-600 sm:p-5"
    >
      <h2 id="settings-impact-heading" className="font-semibold">
        Nothing is saved yet: these settings change the recommendation on {debriefs(n)}
      </h2>
      <ul className="mt-2 space-y-1" aria-label="Debriefs that would change">
        {impact.changes.map((c) => (
          <li key={c.applicationId}>
            <span className="font-medium">{c.candidateName}</span>: {LEVEL_LABELS[c.from]} → {LEVEL_LABELS[c.to]}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        Each of these debriefs will say that the role&apos;s settings changed and what it recommended before, so the panel does not read the new level
        as new evidence. Decisions already recorded do not change.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={primaryButton} disabled={pending} onClick={() => onConfirm(impact.token)}>
          {pending ? "Saving…" : `Save and change ${debriefs(n)}`}
        </button>
        <button type="button" className={secondaryButton} disabled={pending} onClick={onCancel}>
          Keep editing
        </button>
      </div>
    </section>
  );
}
