/** The form's keyboard shortcuts, one click (or Enter) away. */
export function KeyboardHelp() {
  const rows: [string, string][] = [
    ["0 · 1 · 2", "Rate the focused section"],
    ["n", "Mark the focused section Not assessed"],
    ["j / k", "Next / previous section"],
    ["Alt + ↓ / Alt + ↑", "Next / previous section, also from a text field"],
    ["Tab", "Move through the fields of a section"],
  ];
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer select-none rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">Keyboard shortcuts</summary>
      <div className="absolute right-0 z-30 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
        <p className="text-xs text-slate-500">Rating keys work when focus is in a section but not in a text field.</p>
        <dl className="mt-2 space-y-1">
          {rows.map(([keys, what]) => (
            <div key={keys} className="flex justify-between gap-3">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">{keys}</kbd>
              </dt>
              <dd className="text-right text-slate-700">{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
