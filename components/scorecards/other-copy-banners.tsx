import { ConflictBanner } from "@/components/ui/conflict-banner";
import { formatClock } from "./save-status";
import type { RestoreNotice } from "./use-local-draft";

/*
 * The banners about another copy of the scorecard: another tab's newer save (a conflict), this browser's copy
 * restored or offered on opening, and the text parked across a reload. Each needs a server answer or a page load
 * first, so the editor loads this module with next/dynamic only when one is shown (never offline by nature); the
 * banners a failed save or submit shows, offline too, stay in scorecard-banners.tsx.
 */

const noticeButton = "rounded-md border border-violet-300 bg-white px-2.5 py-1 font-medium hover:bg-violet-100";
const stashButton = "rounded-md border border-amber-300 bg-white px-2.5 py-1 font-medium";

/** Another tab or window saved a newer copy: autosave has stopped; reload or copy the text out. */
export function ScorecardConflictBanner({
  message,
  copied,
  onReload,
  onCopy,
}: {
  message: string;
  copied: boolean;
  onReload: () => void;
  onCopy: () => void;
}) {
  return (
    <ConflictBanner
      title="This scorecard was changed in another tab or window."
      message={
        message.startsWith("This scorecard was changed")
          ? "Reload to see the latest version. Autosave has stopped so nothing is overwritten; your text stays on this page, and Reload keeps a copy of it for you."
          : message
      }
      copyLabel="Copy my text"
      copied={copied}
      onReload={onReload}
      onCopy={onCopy}
    />
  );
}

/** The browser's copy was restored (newer than the server's), or is offered (older). */
export function RestoreNoticeBanner({
  notice,
  onDiscardRestored,
  onUseOffered,
  onDiscardOffered,
}: {
  notice: RestoreNotice;
  onDiscardRestored: () => void;
  onUseOffered: () => void;
  onDiscardOffered: () => void;
}) {
  return (
    <div
      role="status"
      data-testid="restore-notice"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-violet-200 bg-violet-50 px-4 py-2.5 text-sm text-violet-900"
    >
      {notice.kind === "restored" ? (
        <>
          <p>Restored your unsaved changes from this browser (saved {formatClock(notice.savedAt)}).</p>
          <button type="button" onClick={onDiscardRestored} className={noticeButton}>
            Discard them
          </button>
        </>
      ) : (
        <>
          <p>This browser holds older unsaved changes (saved {formatClock(notice.savedAt)}); the copy shown is newer.</p>
          <button type="button" onClick={onUseOffered} className={noticeButton}>
            Use this browser&apos;s copy
          </button>
          <button type="button" onClick={onDiscardOffered} className={noticeButton}>
            Discard it
          </button>
        </>
      )}
    </div>
  );
}

/** The text of the conflicted copy, parked across the reload so nothing typed is thrown away. */
export function ConflictStash({ text, copied, onCopy, onDismiss }: { text: string; copied: boolean; onCopy: () => void; onDismiss: () => void }) {
  return (
    <div data-testid="conflict-stash" className="space-y-2 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <label htmlFor="sc-stash" className="block font-semibold">
        Your text from the other copy, kept when you reloaded
      </label>
      <textarea
        id="sc-stash"
        readOnly
        value={text}
        rows={5}
        className="block w-full rounded-md border border-amber-300 bg-white px-2 py-1.5 font-mono text-xs"
      />
      <div className="flex gap-2">
        <button type="button" onClick={onCopy} className={stashButton}>
          {copied ? "Copied" : "Copy"}
        </button>
        <button type="button" onClick={onDismiss} className={stashButton}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
