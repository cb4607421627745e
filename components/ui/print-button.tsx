"use client";

import { secondaryButton } from "./form-styles";

/**
 * One click to the browser's print dialog. The page's print stylesheet decides what the paper holds
 * (the debrief as a packet, the kit without the scorecard form); the button itself never prints.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${secondaryButton}`}>
      {label}
    </button>
  );
}
