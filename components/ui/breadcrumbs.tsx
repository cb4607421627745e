import Link from "next/link";
import { Fragment } from "react";

/** "Frameworks / Platform / Versions / v2": links up the trail, then where the reader is now. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      {trail.map((step, i) => (
        <Fragment key={step.href}>
          {i > 0 ? " / " : null}
          <Link href={step.href} className="hover:text-slate-800 hover:underline">
            {step.label}
          </Link>
        </Fragment>
      ))}
      {current ? (
        <>
          {trail.length > 0 ? " / " : null}
          <span className="text-slate-700">{current}</span>
        </>
      ) : null}
    </nav>
  );
}
