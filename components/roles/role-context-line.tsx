import Link from "next/link";
import type { ReactNode } from "react";

/** The line above a page's title naming the role it belongs to: a link to the role, its team, then `children`. */
export function RoleContextLine({ role, children }: { role: { id: string; title: string; team: string }; children?: ReactNode }) {
  return (
    <p className="text-sm text-slate-600">
      <Link href={`/roles/${role.id}`} className="hover:underline">
        {role.title}
      </Link>
      {role.team ? ` · ${role.team}` : ""}
      {children}
    </p>
  );
}
