import type { AppRole } from "@/db/enums";

export type NavItem = { href: string; label: string; roles: AppRole[] | "all" };

/** The main navigation; an entry shows only to the roles that may open its page (the page checks again). */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Home", roles: "all" },
  { href: "/interviews", label: "My interviews", roles: ["interviewer", "hiring-manager"] },
  { href: "/roles", label: "Roles", roles: ["recruiter", "admin", "hiring-manager"] },
  { href: "/frameworks", label: "Frameworks", roles: ["recruiter", "admin"] },
  { href: "/people", label: "People", roles: ["admin"] },
  { href: "/audit", label: "Audit log", roles: ["admin"] },
  { href: "/retention", label: "Retention", roles: ["admin"] },
];

export function navFor(roles: AppRole[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === "all" || item.roles.some((r) => roles.includes(r)));
}
