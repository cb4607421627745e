"use client";

import { ScrollRegion } from "@/components/ui/data-table";
import type { RuleGroup } from "@/lib/debrief/rule-rows";

/**
 * Every rule the engine checked, with its numbers. A client component fed compact rows: rendered on the server, its
 * markup is written once, into the HTML, and the page's RSC payload carries only the rows.
 */
export function RulesTable({ groups }: { groups: RuleGroup[] }) {
  return (
    <ScrollRegion label="Every rule, scrolls sideways" className="print:overflow-visible">
      <table className="w-full text-left text-sm">
        <caption className="pb-2 text-left text-sm font-semibold text-slate-900">Every rule with its numbers</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              Rule
            </th>
            <th scope="col" className="px-2 py-1.5 text-right font-semibold">
              <span className="sm:hidden">Numbers</span>
              <span className="hidden sm:inline">Measured</span>
            </th>
            <th scope="col" className="hidden px-2 py-1.5 text-right font-semibold sm:table-cell">
              Required
            </th>
            <th scope="col" className="hidden py-1.5 pl-2 font-semibold sm:table-cell">
              Result
            </th>
          </tr>
        </thead>
        {groups.map(({ group, label, rules }) => (
          <tbody key={group}>
            <tr className="border-b border-slate-200 bg-slate-50">
              <th scope="colgroup" colSpan={4} className="px-2 py-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {label}
              </th>
            </tr>
            {rules.map(([id, ruleLabel, plain, detail, shortOf, measured, required, passed]) => (
              <tr key={id} className="border-b border-slate-100 align-top" data-testid={`rule-${id}`}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="block font-medium text-slate-900">{ruleLabel}</span>
                  <span className="block text-slate-600" data-testid="rule-plain">
                    {plain}
                  </span>
                  {detail !== null ? <span className="mt-0.5 block text-xs text-slate-600">{detail}</span> : null}
                  {shortOf !== null ? <span className="block text-xs text-slate-500">Sections short of it: {shortOf}</span> : null}
                </th>
                <td className="px-2 py-2 text-right tabular-nums">
                  {measured}
                  <span className="block text-xs whitespace-nowrap text-slate-500 sm:hidden">needs {required}</span>
                  <span className="block sm:hidden">
                    <RuleVerdict passed={passed} />
                  </span>
                </td>
                <td className="hidden px-2 py-2 text-right whitespace-nowrap tabular-nums sm:table-cell">{required}</td>
                <td className="hidden py-2 pl-2 whitespace-nowrap sm:table-cell">
                  <RuleVerdict passed={passed} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}

function RuleVerdict({ passed }: { passed: boolean }) {
  return passed ? (
    <span className="whitespace-nowrap font-medium text-emerald-800">
      <span aria-hidden="true">✓ </span>Holds
    </span>
  ) : (
    <span className="whitespace-nowrap font-medium text-red-800">
      <span aria-hidden="true">✗ </span>Fails
    </span>
  );
}
