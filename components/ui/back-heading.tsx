import Link from "next/link";
import type { ReactNode } from "react";

/** A page's title under a link back to where the reader came from ("← People"); `children` may add a line below. */
export function BackHeading({ href, back, title, children }: { href: string; back: string; title: string; children?: ReactNode }) {
  return (
    <div>
      <Link href={href} className="text-sm text-brand-700 hover:underline">
        ← {back}
      </Link>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{title}</h1>
      {children}
    </div>
  );
}
