"use client";

import { useState } from "react";

type Tab = "kit" | "scorecard";

/**
 * Kit on the left and scorecard on the right on wide screens; "Kit | Scorecard" tabs on phones.
 * Printing always shows the kit and never the form.
 */
export function KitScorecardTabs({ kit, scorecard, initialTab = "kit" }: { kit: React.ReactNode; scorecard: React.ReactNode; initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const tabs: [Tab, string][] = [
    ["kit", "Kit"],
    ["scorecard", "Scorecard"],
  ];
  return (
    <div>
      <div
        role="tablist"
        aria-label="Interview kit or scorecard"
        className="no-print sticky top-0 z-20 -mx-4 mb-4 flex border-b border-slate-200 bg-slate-50/95 px-4 backdrop-blur lg:hidden"
      >
        {tabs.map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            id={`tab-${value}`}
            aria-selected={tab === value}
            aria-controls={`panel-${value}`}
            onClick={() => setTab(value)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                const next: Tab = value === "kit" ? "scorecard" : "kit";
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
            tabIndex={tab === value ? 0 : -1}
            className={`flex-1 border-b-2 px-3 py-2.5 text-sm font-semibold ${
              tab === value ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] print:block">
        <div
          id="panel-kit"
          role="tabpanel"
          aria-labelledby="tab-kit"
          // On wide screens the kit is its own scroll box: focusable, so the keyboard can scroll it.
          tabIndex={0}
          className={`${tab === "kit" ? "block" : "hidden"} lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 print:static print:block print:max-h-none print:overflow-visible`}
        >
          {kit}
        </div>
        <div
          id="panel-scorecard"
          role="tabpanel"
          aria-labelledby="tab-scorecard"
          className={`${tab === "scorecard" ? "block" : "hidden"} min-w-0 lg:block print:hidden`}
        >
          {scorecard}
        </div>
      </div>
    </div>
  );
}
