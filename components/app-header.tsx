import Link from "next/link";
import type { NavItem } from "@/lib/navigation";
import { MainNav } from "./main-nav";

const ROLE_LABELS: Record<string, string> = {
  recruiter: "Recruiter",
  interviewer: "Interviewer",
  "hiring-manager": "Hiring manager",
  admin: "Admin",
};

export function AppHeader({
  user,
  nav,
  signOutAction,
}: {
  user: { name: string; roles: string[] };
  nav: NavItem[];
  signOutAction: () => Promise<void>;
}) {
  return (
    <header className="no-print relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
          Levelset
        </Link>
        <MainNav nav={nav} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-right sm:block">
            <span className="block font-medium" data-testid="current-user">
              {user.name}
            </span>
            <span className="block text-xs text-slate-500">{user.roles.map((r) => ROLE_LABELS[r] ?? r).join(" · ")}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
