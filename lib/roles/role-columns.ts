import { roles } from "@/db/schema";

/** What names a role wherever one is listed or headed: select them with `...roleColumns` beside what else a read needs. */
export const roleColumns = {
  id: roles.id,
  title: roles.title,
  team: roles.team,
  hiresSenior: roles.hiresSenior,
  hiresStaff: roles.hiresStaff,
};
