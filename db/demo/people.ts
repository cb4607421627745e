import type { AppRole, EngineerLevel } from "../enums";

export const DEMO_PASSWORD = "levelset-demo";

/** The demo people; their emails and roles are listed in the README and printed at start. */
export const DEMO_PEOPLE = [
  { key: "ada", name: "Ada Admin", email: "admin@levelset.test", level: "none", roles: ["admin"] },
  { key: "rita", name: "Rita Recruiter", email: "recruiter@levelset.test", level: "none", roles: ["recruiter"] },
  { key: "hugo", name: "Hugo Park", email: "hm@levelset.test", level: "staff", roles: ["hiring-manager", "interviewer"] },
  { key: "helen", name: "Helen Brandt", email: "helen@levelset.test", level: "principal", roles: ["hiring-manager", "interviewer"] },
  { key: "priya", name: "Priya Nair", email: "interviewer@levelset.test", level: "principal", roles: ["interviewer"] },
  { key: "sam", name: "Sam Okoro", email: "sam@levelset.test", level: "staff", roles: ["interviewer"] },
  { key: "lee", name: "Lee Wong", email: "lee@levelset.test", level: "senior", roles: ["interviewer"] },
  { key: "maya", name: "Maya Cohen", email: "maya@levelset.test", level: "senior-staff", roles: ["interviewer"] },
  { key: "omar", name: "Omar Haddad", email: "omar@levelset.test", level: "senior", roles: ["interviewer"] },
] as const satisfies readonly {
  key: string;
  name: string;
  email: string;
  level: EngineerLevel;
  roles: readonly AppRole[];
}[];

export type PersonKey = (typeof DEMO_PEOPLE)[number]["key"];
export type DemoPerson = (typeof DEMO_PEOPLE)[number];

/** Publishes the default framework, creates the roles and candidates and organises every interview of the demo. */
export const DEMO_RECRUITER = "rita" satisfies PersonKey;
