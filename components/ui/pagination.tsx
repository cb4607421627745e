import Link from "next/link";
import { formatCount as number } from "@/lib/format/intl";

/**
 * "Showing 51–100 of 1,000" with previous and next links: plain links, so paging works without JavaScript, and
 * `hrefFor` keeps the page's filters in the URL.
 */
export function Pagination({
  label,
  page,
  pageSize,
  pageCount,
  total,
  hrefFor,
  noun = "results",
}: {
  /** Names the navigation landmark, e.g. "Pipeline pages". */
  label: string;
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  hrefFor: (page: number) => string;
  noun?: string;
}) {
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = "rounded-md px-3 py-1 font-medium text-brand-700 ring-1 ring-inset ring-slate-200 hover:bg-slate-50";
  const off = "rounded-md px-3 py-1 text-slate-400 ring-1 ring-inset ring-slate-100";
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-600" data-testid="pagination-status" aria-live="polite">
        Showing {number(from)}–{number(to)} of {number(total)} {noun}
      </p>
      {pageCount > 1 ? (
        <ul className="flex gap-2">
          <li>
            {page > 1 ? (
              <Link href={hrefFor(page - 1)} rel="prev" className={link}>
                Previous<span className="sr-only"> page</span>
              </Link>
            ) : (
              <span aria-disabled="true" className={off}>
                Previous<span className="sr-only"> page</span>
              </span>
            )}
          </li>
          <li className="py-1 text-slate-500">
            Page {number(page)} of {number(pageCount)}
          </li>
          <li>
            {page < pageCount ? (
              <Link href={hrefFor(page + 1)} rel="next" className={link}>
                Next<span className="sr-only"> page</span>
              </Link>
            ) : (
              <span aria-disabled="true" className={off}>
                Next<span className="sr-only"> page</span>
              </span>
            )}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
