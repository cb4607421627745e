import type { PersonKey } from "./people";
import type { SectionKey } from "./sections";

type DemoStage = {
  /** The stage as the demo's interviews and scorecards name it; unique within its role. */
  key: string;
  name: string;
  minutes: number;
  focus: readonly SectionKey[];
  /** The stage's interviewer pool; each is also a member of the role's hiring team. */
  pool: readonly PersonKey[];
};

type DemoRole = {
  key: string;
  title: string;
  team: string;
  hiresSenior: boolean;
  hiresStaff: boolean;
  hiringManager: PersonKey;
  /** Joins the hiring team as its recruiter and is the one who created the role. */
  recruiter: PersonKey;
  /** The role assesses every section of the default framework; these are its Staff-critical ones. */
  staffCritical: readonly SectionKey[];
  /** The interview plan, in order. */
  stages: readonly DemoStage[];
};

/** How many of each focus section's probing questions (the first ones) make a stage's interview kit. */
export const KIT_QUESTIONS_PER_SECTION = 2;

const STAFF_CRITICAL = ["system-design", "cross-team-influence", "leadership-without-authority"] as const satisfies readonly SectionKey[];

/** The demo's open roles, each with its hiring team, settings and interview plan. */
export const DEMO_ROLES = [
  {
    key: "payments",
    title: "Backend Engineer, Payments",
    team: "Payments",
    hiresSenior: true,
    hiresStaff: true,
    hiringManager: "hugo",
    recruiter: "rita",
    staffCritical: STAFF_CRITICAL,
    stages: [
      {
        key: "design",
        name: "System design",
        minutes: 60,
        focus: ["system-design", "technical-depth", "reliability-and-operations"],
        pool: ["priya", "maya"],
      },
      {
        key: "leadership",
        name: "Cross-team leadership",
        minutes: 45,
        focus: ["cross-team-influence", "leadership-without-authority", "scope-and-impact"],
        pool: ["sam", "maya"],
      },
      {
        key: "code",
        name: "Technical depth and code",
        minutes: 60,
        focus: ["technical-depth", "code-quality", "execution-and-delivery"],
        pool: ["lee", "omar"],
      },
      {
        key: "hiring-manager",
        name: "Hiring manager",
        minutes: 45,
        focus: ["system-design", "cross-team-influence", "leadership-without-authority", "product-thinking", "scope-and-impact"],
        pool: ["hugo"],
      },
    ],
  },
  {
    key: "platform",
    title: "Staff Platform Engineer",
    team: "Developer Infrastructure",
    hiresSenior: false,
    hiresStaff: true,
    hiringManager: "helen",
    recruiter: "rita",
    staffCritical: STAFF_CRITICAL,
    stages: [
      {
        key: "architecture",
        name: "Architecture deep-dive",
        minutes: 75,
        focus: ["system-design", "technical-depth", "reliability-and-operations"],
        pool: ["maya", "priya"],
      },
      {
        key: "influence",
        name: "Influence and strategy",
        minutes: 60,
        focus: ["cross-team-influence", "leadership-without-authority", "scope-and-impact", "product-thinking"],
        pool: ["sam", "priya"],
      },
      {
        key: "execution",
        name: "Execution and craft",
        minutes: 60,
        focus: ["execution-and-delivery", "code-quality", "technical-depth"],
        pool: ["omar", "lee"],
      },
      {
        key: "hiring-manager",
        name: "Hiring manager",
        minutes: 45,
        focus: ["system-design", "cross-team-influence", "leadership-without-authority", "scope-and-impact"],
        pool: ["helen"],
      },
    ],
  },
] as const satisfies readonly DemoRole[];

export type DemoRoleDef = (typeof DEMO_ROLES)[number];
export type RoleKey = DemoRoleDef["key"];
/** The stage keys of one role: a scorecard or interview of that role can name only these. */
export type StageKey<R extends RoleKey> = Extract<DemoRoleDef, { key: R }>["stages"][number]["key"];
