/**
 * Someone else (or another tab) saved a newer copy: saving has stopped so nothing is overwritten. Reload shows the
 * newer copy; Copy keeps the person's own work. The scorecard editor and the framework editor show the same banner.
 */
export function ConflictBanner({
  id,
  title,
  message,
  copyLabel,
  copied,
  onReload,
  onCopy,
}: {
  /** For moving focus to the banner when it appears. */
  id?: string;
  title: string;
  message: string;
  copyLabel: string;
  copied: boolean;
  onReload: () => void;
  onCopy: () => void;
}) {
  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      data-testid="conflict"
      className="space-y-2 rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-2 focus:outline-red-600"
    >
      <p className="font-semibold">{title}</p>
      <p>{message}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onReload} className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
          Reload
        </button>
        <button
          type="button"
          onClick={onCopy}
          className="rounded-md border border-red-300 bg-white px-3 py-1.5 font-medium text-red-900 hover:bg-red-100"
        >
          {copied ? "Copied" : copyLabel}
        </button>
      </div>
    </div>
  );
}
