import type { AppRole } from "@/db/enums";
import { RECRUITER_ADMIN_APP_ROLES, ROLE_EDITOR_APP_ROLES } from "@/lib/permissions/app-roles";

export type NavItem = { href: string; label: string; roles: readonly AppRole[] | "all" };

/** The main navigation; an entry shows only to the roles that may open its page (the page checks again). */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Home", roles: "all" },
  { href: "/interviews", label: "My interviews", roles: ["interviewer", "hiring-manager"] },
  { href: "/roles", label: "Roles", roles: ROLE_EDITOR_APP_ROLES },
  { href: "/frameworks", label: "Frameworks", roles: RECRUITER_ADMIN_APP_ROLES },
  { href: "/people", label: "People", roles: ["admin"] },
  { href: "/audit", label: "Audit log", roles: ["admin"] },
  { href: "/retention", label: "Retention", roles: ["admin"] },
  { href: "/outbox", label: "Outbox", roles: ["admin"] },
];

export function navFor(roles: AppRole[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === "all" || item.roles.some((r) => roles.includes(r)));
}
