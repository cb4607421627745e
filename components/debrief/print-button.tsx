"use client";

/** One click to the browser's print dialog; the page's print styles turn the debrief into a packet. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
    >
      Print packet
    </button>
  );
}
