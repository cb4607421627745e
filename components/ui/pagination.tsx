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
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-600" data-testid="pagination-status" aria-live="polite">
        Showing {number(from)}–{number(to)} of {number(total)} {noun}
      </p>
      {pageCount > 1 ? (
        <ul className="flex gap-2">
          <li>
            <PageStep href={page > 1 ? hrefFor(page - 1) : null} rel="prev">
              Previous
            </PageStep>
          </li>
          <li className="py-1 text-slate-500">
            Page {number(page)} of {number(pageCount)}
          </li>
          <li>
            <PageStep href={page < pageCount ? hrefFor(page + 1) : null} rel="next">
              Next
            </PageStep>
          </li>
        </ul>
      ) : null}
    </nav>
  );
}

/** "Previous page" or "Next page": a link while there is such a page, else the same words marked unavailable. */
function PageStep({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: string }) {
  const label = (
    <>
      {children}
      <span className="sr-only"> page</span>
    </>
  );
  return href ? (
    <Link href={href} rel={rel} className="rounded-md px-3 py-1 font-medium text-brand-700 ring-1 ring-inset ring-slate-200 hover:bg-slate-50">
      {label}
    </Link>
  ) : (
    <span aria-disabled="true" className="rounded-md px-3 py-1 text-slate-400 ring-1 ring-inset ring-slate-100">
      {label}
    </span>
  );
}
