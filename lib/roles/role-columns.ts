import { roles } from "@/db/schema";

/** What names a role wherever one is listed or headed: select them with `...roleColumns` beside what else a read needs. */
export const roleColumns = {
  id: roles.id,
  title: roles.title,
  team: roles.team,
  hiresSenior: roles.hiresSenior,
  hiresStaff: roles.hiresStaff,
};

/** A role as `roleColumns` select it: the start of the row type of every role list and header. */
export type RoleNames = { id: string; title: string; team: string; hiresSenior: boolean; hiresStaff: boolean };
