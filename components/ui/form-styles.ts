/** Class names shared by every form, so inputs and buttons look and focus the same everywhere. */
export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-brand-600 aria-[invalid=true]:border-red-500";
export const labelClass = "block text-sm font-medium text-slate-700";
export const hintClass = "mt-1 text-xs text-slate-500";
export const checkboxClass = "h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600";
export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50";
export const dangerButton =
  "inline-flex items-center justify-center rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50";
export const iconButton =
  "inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-600 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40";
export const linkButton =
  "inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700";
export const fieldsetClass = "min-w-0 rounded-lg border border-slate-200 p-4";
export const legendClass = "px-1 text-sm font-semibold text-slate-800";
