"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import type { NavItem } from "@/lib/navigation";

/**
 * The main navigation: a row of links from the small breakpoint up; on a phone, where the row ran off-screen, a
 * Menu button that opens the same links as a list under the header. Escape closes it and returns focus to the button.
 */
export function MainNav({ nav }: { nav: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // Following a link closes the menu: reset when the path changes (React's "adjust state while rendering").
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setOpen(false);
  }
  const button = useRef<HTMLButtonElement>(null);
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

  return (
    <nav
      aria-label="Main"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 sm:hidden"
      >
        <span aria-hidden="true" className="text-base leading-none">
          {open ? "×" : "☰"}
        </span>
        Menu
      </button>
      <ul
        id="main-nav-list"
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-30 flex-col gap-1 border-b border-slate-200 bg-white px-4 py-2 text-sm shadow-md sm:static sm:flex sm:flex-row sm:flex-wrap sm:border-0 sm:p-0 sm:shadow-none`}
      >
        {nav.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(item.href) ? "page" : undefined} className="nav-link">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
