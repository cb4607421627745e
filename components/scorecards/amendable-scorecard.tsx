"use client";

import { useRef, useState } from "react";
import { useFocusOnChange } from "@/components/ui/use-focus-on-change";
import { formatClock } from "./save-status";
import { ScorecardEditor } from "./scorecard-editor";
import { useUnsavedBrowserCopy } from "./use-local-draft";

type EditorProps = Omit<React.ComponentProps<typeof ScorecardEditor>, "mode" | "onDone" | "onCancel">;

/** The locked scorecard with an Amend button that opens the form in amendment mode. */
export function AmendableScorecard({ locked, editor }: { locked: React.ReactNode; editor: EditorProps }) {
  const [amending, setAmending] = useState(false);
  const pending = useUnsavedBrowserCopy(editor.userId, editor.interviewId, editor.initial.content);
  // Opening the form focuses its notice (so a screen reader hears it and Tab goes on into the form); closing it
  // returns focus to the Amend button.
  const notice = useRef<HTMLParagraphElement>(null);
  const amendButton = useRef<HTMLButtonElement>(null);
  useFocusOnChange(notice, amending, amending);
  useFocusOnChange(amendButton, amending, !amending);
  if (amending) {
    return (
      <div className="space-y-3">
        <p
          ref={notice}
          tabIndex={-1}
          data-testid="amend-notice"
          className="rounded-xl border border-violet-200 bg-violet-50 px-4 py-2.5 text-sm text-violet-900 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600"
        >
          You are amending a submitted scorecard. The original stays on record with your reason.
        </p>
        <ScorecardEditor {...editor} mode="amend" onDone={() => setAmending(false)} onCancel={() => setAmending(false)} />
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {pending ? (
        <p
          role="status"
          data-testid="pending-amendment"
          className="rounded-xl border border-violet-200 bg-violet-50 px-4 py-2.5 text-sm text-violet-900"
        >
          {pending.amend
            ? `You have an unsaved amendment in this browser (saved ${formatClock(pending.savedAt)}). Choose Amend to continue it.`
            : `This browser kept changes from ${formatClock(pending.savedAt)} that never reached the server. Choose Amend to review them.`}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">Submitted scorecards are locked. To change yours, amend it and say why.</p>
        <button
          ref={amendButton}
          type="button"
          onClick={() => setAmending(true)}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Amend
        </button>
      </div>
      {locked}
    </div>
  );
}
