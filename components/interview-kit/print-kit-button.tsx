"use client";

/** Prints the kit alone: the print stylesheet hides the scorecard form and the app's chrome. */
export function PrintKitButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
    >
      Print kit
    </button>
  );
}
