import { hash } from "@node-rs/argon2";
import { count, eq } from "drizzle-orm";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { writeFrameworkVersion } from "@/lib/frameworks/write-framework-version";
import { enqueueInterviewMessage } from "@/lib/mail/enqueue-interview-message";
import type { Db, DbOrTx } from "./client";
import * as s from "./schema";

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
  level: s.EngineerLevel;
  roles: readonly s.AppRole[];
}[];

type PersonKey = (typeof DEMO_PEOPLE)[number]["key"];
type SectionKey =
  | "scope-and-impact"
  | "technical-depth"
  | "system-design"
  | "execution-and-delivery"
  | "code-quality"
  | "cross-team-influence"
  | "leadership-without-authority"
  | "product-thinking"
  | "reliability-and-operations";

type Rating = 0 | 1 | 2 | "na";
type Scope = s.EvidenceScope;
type DemoRating = [SectionKey, Rating, Scope, string];
type DemoScorecard = {
  stage: number;
  by: PersonKey;
  daysAgo: number;
  overall: "no-hire" | "senior" | "staff";
  confidence: "low" | "medium" | "high";
  ratings: DemoRating[];
  flags?: { title: string; note: string }[];
  draft?: boolean;
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Seeds the default framework and, unless told not to, the demo. Never touches a database that has data. */
export async function seedIfEmpty(db: Db, options: { demo: boolean; now?: Date }): Promise<"seeded-demo" | "seeded-framework" | "skipped"> {
  const users = db.select({ n: count() }).from(s.users).get()?.n ?? 0;
  const frameworks = db.select({ n: count() }).from(s.frameworks).get()?.n ?? 0;
  if (users > 0 || frameworks > 0) return "skipped";
  if (!options.demo) {
    db.transaction((tx) => seedDefaultFramework(tx, null));
    return "seeded-framework";
  }
  const hashes = new Map<string, string>();
  const demoHash = await hash(DEMO_PASSWORD);
  for (const p of DEMO_PEOPLE) hashes.set(p.key, demoHash);
  db.transaction((tx) => seedDemo(tx, hashes, options.now ?? new Date()));
  return "seeded-demo";
}

function seedDefaultFramework(tx: DbOrTx, publishedById: string | null) {
  const frameworkId = crypto.randomUUID();
  tx.insert(s.frameworks)
    .values({ id: frameworkId, name: DEFAULT_FRAMEWORK.name, description: DEFAULT_FRAMEWORK.description, createdById: publishedById })
    .run();
  const versionId = writeFrameworkVersion(tx, {
    frameworkId,
    version: 1,
    content: DEFAULT_FRAMEWORK,
    published: true,
    publishedById,
  });
  tx.insert(s.auditEvents)
    .values({
      actorId: publishedById,
      action: "framework.published",
      entityType: "framework",
      entityId: frameworkId,
      summary: `Published ${DEFAULT_FRAMEWORK.name} v1 (shipped default)`,
    })
    .run();
  return versionId;
}

function seedDemo(tx: DbOrTx, hashes: Map<string, string>, now: Date) {
  const person = new Map<PersonKey, string>();
  for (const p of DEMO_PEOPLE) {
    const id = crypto.randomUUID();
    person.set(p.key, id);
    tx.insert(s.users)
      .values({ id, email: p.email, name: p.name, level: p.level, passwordHash: hashes.get(p.key) ?? null })
      .run();
    for (const role of p.roles) tx.insert(s.userRoles).values({ userId: id, role }).run();
  }
  const who = (key: PersonKey) => person.get(key) as string;

  const versionId = seedDefaultFramework(tx, who("rita"));
  const sections = tx
    .select({ id: s.frameworkSections.id, key: s.frameworkSections.key })
    .from(s.frameworkSections)
    .where(eq(s.frameworkSections.versionId, versionId))
    .all();
  const sectionId = (key: SectionKey) => {
    const found = sections.find((x) => x.key === key);
    if (!found) throw new Error(`The default framework has no section "${key}".`);
    return found.id;
  };
  const questions = tx
    .select({ id: s.probingQuestions.id, sectionId: s.probingQuestions.sectionId, position: s.probingQuestions.position })
    .from(s.probingQuestions)
    .all();
  const flags = tx.select({ id: s.redFlags.id, title: s.redFlags.title, sectionId: s.redFlags.sectionId }).from(s.redFlags).all();

  const stageDefs: { name: string; minutes: number; focus: SectionKey[]; pool: PersonKey[] }[][] = [
    [
      { name: "System design", minutes: 60, focus: ["system-design", "technical-depth", "reliability-and-operations"], pool: ["priya", "maya"] },
      {
        name: "Cross-team leadership",
        minutes: 45,
        focus: ["cross-team-influence", "leadership-without-authority", "scope-and-impact"],
        pool: ["sam", "maya"],
      },
      { name: "Technical depth and code", minutes: 60, focus: ["technical-depth", "code-quality", "execution-and-delivery"], pool: ["lee", "omar"] },
      {
        name: "Hiring manager",
        minutes: 45,
        focus: ["system-design", "cross-team-influence", "leadership-without-authority", "product-thinking", "scope-and-impact"],
        pool: ["hugo"],
      },
    ],
    [
      {
        name: "Architecture deep-dive",
        minutes: 75,
        focus: ["system-design", "technical-depth", "reliability-and-operations"],
        pool: ["maya", "priya"],
      },
      {
        name: "Influence and strategy",
        minutes: 60,
        focus: ["cross-team-influence", "leadership-without-authority", "scope-and-impact", "product-thinking"],
        pool: ["sam", "priya"],
      },
      { name: "Execution and craft", minutes: 60, focus: ["execution-and-delivery", "code-quality", "technical-depth"], pool: ["omar", "lee"] },
      {
        name: "Hiring manager",
        minutes: 45,
        focus: ["system-design", "cross-team-influence", "leadership-without-authority", "scope-and-impact"],
        pool: ["helen"],
      },
    ],
  ];

  const roleDefs = [
    { title: "Backend Engineer, Payments", team: "Payments", hiresSenior: true, hiresStaff: true, hm: "hugo" as PersonKey },
    { title: "Staff Platform Engineer", team: "Developer Infrastructure", hiresSenior: false, hiresStaff: true, hm: "helen" as PersonKey },
  ];
  const staffCritical: SectionKey[] = ["system-design", "cross-team-influence", "leadership-without-authority"];
  const allKeys = sections.map((x) => x.key as SectionKey);

  const roleIds: string[] = [];
  const stageIds: string[][] = [];
  roleDefs.forEach((def, r) => {
    const roleId = crypto.randomUUID();
    roleIds.push(roleId);
    tx.insert(s.roles)
      .values({
        id: roleId,
        title: def.title,
        team: def.team,
        hiresSenior: def.hiresSenior,
        hiresStaff: def.hiresStaff,
        frameworkVersionId: versionId,
      })
      .run();
    for (const key of allKeys)
      tx.insert(s.roleSections)
        .values({ roleId, sectionId: sectionId(key), staffCritical: staffCritical.includes(key) })
        .run();
    const members: [PersonKey, s.RoleMembership][] = [
      [def.hm, "hiring-manager"],
      ["rita", "recruiter"],
    ];
    const stages = stageDefs[r] ?? [];
    for (const stage of stages) for (const p of stage.pool) members.push([p, "interviewer"]);
    const seen = new Set<string>();
    for (const [p, membership] of members) {
      const k = `${p}:${membership}`;
      if (seen.has(k)) continue;
      seen.add(k);
      tx.insert(s.roleMembers)
        .values({ roleId, userId: who(p), membership })
        .run();
    }
    const ids: string[] = [];
    stages.forEach((stage, position) => {
      const stageId = crypto.randomUUID();
      ids.push(stageId);
      tx.insert(s.planStages).values({ id: stageId, roleId, name: stage.name, durationMinutes: stage.minutes, position }).run();
      for (const key of stage.focus) {
        tx.insert(s.stageFocusSections)
          .values({ stageId, sectionId: sectionId(key) })
          .run();
        // The first two probing questions of each focus section make the stage's kit.
        for (const q of questions.filter((x) => x.sectionId === sectionId(key) && x.position < 2)) {
          tx.insert(s.stageQuestions).values({ stageId, questionId: q.id }).run();
        }
      }
      for (const p of stage.pool)
        tx.insert(s.stageInterviewers)
          .values({ stageId, userId: who(p) })
          .run();
    });
    stageIds.push(ids);
    tx.insert(s.auditEvents)
      .values({ actorId: who("rita"), action: "role.created", entityType: "role", entityId: roleId, summary: `Created role ${def.title}` })
      .run();
  });

  const addCandidate = (args: {
    role: number;
    name: string;
    email: string;
    links?: string[];
    notes?: string;
    status: s.ApplicationStatus;
    daysAgo: number;
  }) => {
    const candidateId = crypto.randomUUID();
    const applicationId = crypto.randomUUID();
    const created = new Date(now.getTime() - args.daysAgo * DAY);
    tx.insert(s.candidates)
      .values({ id: candidateId, name: args.name, email: args.email, links: args.links ?? [], createdById: who("rita"), createdAt: created })
      .run();
    tx.insert(s.applications)
      .values({
        id: applicationId,
        candidateId,
        roleId: roleIds[args.role] as string,
        status: args.status,
        notes: args.notes ?? "",
        createdAt: created,
        updatedAt: created,
      })
      .run();
    return applicationId;
  };

  const demoInterviews: { id: string; at: Date; status: "scheduled" | "cancelled" }[] = [];
  const addInterview = (
    applicationId: string,
    role: number,
    stage: number,
    by: PersonKey,
    at: Date,
    status: "scheduled" | "cancelled" = "scheduled",
  ) => {
    const id = crypto.randomUUID();
    const stageId = stageIds[role]?.[stage] as string;
    const minutes = stageDefs[role]?.[stage]?.minutes ?? 60;
    tx.insert(s.interviews)
      .values({ id, applicationId, stageId, interviewerId: who(by), scheduledAt: at, durationMinutes: minutes, status })
      .run();
    demoInterviews.push({ id, at, status });
    return id;
  };

  const addScorecard = (applicationId: string, role: number, card: DemoScorecard) => {
    const at = new Date(now.getTime() - card.daysAgo * DAY);
    const interviewId = addInterview(applicationId, role, card.stage, card.by, at);
    const scorecardId = crypto.randomUUID();
    const submittedAt = card.draft ? null : new Date(at.getTime() + 3 * HOUR);
    tx.insert(s.scorecards)
      .values({
        id: scorecardId,
        interviewId,
        applicationId,
        interviewerId: who(card.by),
        status: card.draft ? "draft" : "submitted",
        overallRecommendation: card.overall,
        confidence: card.confidence,
        revision: 1,
        createdAt: at,
        updatedAt: submittedAt ?? at,
        submittedAt,
      })
      .run();
    for (const [key, rating, scope, evidence] of card.ratings) {
      tx.insert(s.scorecardRatings)
        .values({
          scorecardId,
          sectionId: sectionId(key),
          rating: rating === "na" ? null : rating,
          notAssessed: rating === "na",
          evidence,
          scope: rating === "na" ? null : scope,
        })
        .run();
    }
    for (const flag of card.flags ?? []) {
      const found = flags.find((f) => f.title === flag.title);
      if (found) tx.insert(s.scorecardRedFlags).values({ scorecardId, redFlagId: found.id, note: flag.note }).run();
    }
    if (submittedAt) {
      tx.insert(s.auditEvents)
        .values({
          at: submittedAt,
          actorId: who(card.by),
          action: "scorecard.submitted",
          entityType: "scorecard",
          entityId: scorecardId,
          summary: "Submitted a scorecard",
          data: { applicationId },
        })
        .run();
    }
    return scorecardId;
  };

  // ── Backend Engineer, Payments ────────────────────────────────────────────
  const staffPanel = addCandidate({
    role: 0,
    name: "Alice Chen",
    email: "alice.chen@example.com",
    links: ["https://github.com/example-alice"],
    notes: "Referred by Sam. Led the ledger migration at her current company.",
    status: "debrief",
    daysAgo: 21,
  });
  const staffCards: DemoScorecard[] = [
    {
      stage: 0,
      by: "priya",
      daysAgo: 6,
      overall: "staff",
      confidence: "high",
      ratings: [
        [
          "system-design",
          2,
          "org",
          "Designed the org-wide idempotency contract for payment events, with a versioning plan three teams adopted; walked through alternatives and why she rejected exactly-once delivery.",
        ],
        [
          "technical-depth",
          2,
          "multi-team",
          "Traced a double-charge to clock skew across two services using traces and ledger diffs; explained the fencing-token fix.",
        ],
        [
          "reliability-and-operations",
          2,
          "multi-team",
          "Introduced error budgets for the checkout path; pages per week fell from 30 to 6 over two quarters.",
        ],
      ],
    },
    {
      stage: 1,
      by: "sam",
      daysAgo: 5,
      overall: "staff",
      confidence: "high",
      ratings: [
        [
          "cross-team-influence",
          2,
          "org",
          "Wrote the RFC that moved five teams onto one retry library; ran the deprecation of the old client with dates and owners.",
        ],
        [
          "leadership-without-authority",
          2,
          "multi-team",
          "Resolved a year-long dispute about ledger ownership by writing down the options and costs; both directors signed off.",
        ],
        ["scope-and-impact", 2, "org", "Owned payments reliability as a theme for a year; cut failed payouts by 40%, measured monthly."],
      ],
    },
    {
      stage: 2,
      by: "lee",
      daysAgo: 4,
      overall: "staff",
      confidence: "medium",
      ratings: [
        [
          "technical-depth",
          2,
          "team",
          "Clean, well-reasoned refactor of the retry loop with property tests; spotted the idempotency-key race unprompted.",
        ],
        ["code-quality", 2, "multi-team", "Set up the contract-test suite other teams now run in CI."],
        ["execution-and-delivery", 1, "team", "Milestones were clear but the cut-over slipped a quarter; the postmortem was thin."],
      ],
    },
    {
      stage: 3,
      by: "hugo",
      daysAgo: 3,
      overall: "staff",
      confidence: "high",
      ratings: [
        [
          "system-design",
          2,
          "multi-team",
          "Strong on guardrails: timeouts, rate limits and a kill switch were in the first draft, not added after an incident.",
        ],
        ["cross-team-influence", 2, "multi-team", "Platform teams adopted her payments SDK without a mandate; adoption numbers at hand."],
        ["leadership-without-authority", 2, "org", "Mentored two seniors into tech-lead roles; wrote the org's design review guide."],
        ["product-thinking", 1, "team", "Knew the revenue impact of failed payouts; less clear on how she chose between cost and latency targets."],
        ["scope-and-impact", 2, "org", "Sets quarterly goals for payments health with finance; tracks them on one dashboard."],
      ],
    },
  ];
  for (const card of staffCards) addScorecard(staffPanel, 0, card);

  const seniorPanel = addCandidate({
    role: 0,
    name: "Bruno Díaz",
    email: "bruno.diaz@example.com",
    links: ["https://www.linkedin.com/in/example-bruno"],
    notes: "Applied for Staff. Strong payments background.",
    status: "debrief",
    daysAgo: 18,
  });
  const seniorCards: DemoScorecard[] = [
    {
      stage: 0,
      by: "maya",
      daysAgo: 5,
      overall: "senior",
      confidence: "medium",
      ratings: [
        ["system-design", 2, "team", "Solid design for the refund service with clear trade-offs; scoped to his team's component."],
        ["technical-depth", 2, "team", "Profiled and fixed a hot lock in the refund worker; numbers before and after."],
        ["reliability-and-operations", 2, "team", "Owns the team's on-call runbooks; led two incident reviews with follow-ups that stuck."],
      ],
    },
    {
      stage: 1,
      by: "sam",
      daysAgo: 4,
      overall: "senior",
      confidence: "high",
      ratings: [
        ["cross-team-influence", 1, "team", "Influence stays inside his team; the one cross-team example was a proposal that stalled."],
        ["leadership-without-authority", 2, "team", "Mentors two juniors well; their reviews improved measurably."],
        ["scope-and-impact", 1, "team", "Delivers his team's roadmap reliably; hasn't set direction beyond it."],
      ],
      flags: [{ title: "Scope inflation", note: "Described a team migration as an 'org strategy'; follow-ups showed one team." }],
    },
    {
      stage: 2,
      by: "omar",
      daysAgo: 3,
      overall: "senior",
      confidence: "high",
      ratings: [
        ["technical-depth", 2, "team", "Excellent debugging walk-through across the stack."],
        ["code-quality", 2, "team", "Reviews for safety and long-term cost; introduced lint rules for money types."],
        ["execution-and-delivery", 2, "team", "Cut a vague fraud-rules project into four shippable increments."],
      ],
    },
    {
      stage: 3,
      by: "hugo",
      daysAgo: 2,
      overall: "senior",
      confidence: "medium",
      ratings: [
        ["system-design", 1, "team", "Good component design; no plan for versioning the events other teams consume."],
        ["cross-team-influence", 1, "team", "Could not name a standard other teams adopted."],
        ["leadership-without-authority", 1, "team", "Resolves disagreements in his team; escalates outside it."],
        ["product-thinking", 2, "team", "Tied refund latency to support-ticket volume and tracked it."],
        ["scope-and-impact", 1, "team", "Impact measured in features shipped rather than domain health."],
      ],
    },
  ];
  for (const card of seniorCards) addScorecard(seniorPanel, 0, card);

  const belowPanel = addCandidate({
    role: 0,
    name: "Chloe Okafor",
    email: "chloe.okafor@example.com",
    status: "debrief",
    daysAgo: 16,
  });
  const belowCards: DemoScorecard[] = [
    {
      stage: 0,
      by: "priya",
      daysAgo: 6,
      overall: "no-hire",
      confidence: "medium",
      ratings: [
        ["system-design", 0, "team", "Could not describe failure modes of her own design; no alternatives considered."],
        ["technical-depth", 1, "team", "Reasonable debugging approach but stopped at symptoms."],
        ["reliability-and-operations", 0, "team", "Has not owned an incident; unclear on rollbacks."],
      ],
    },
    {
      stage: 1,
      by: "maya",
      daysAgo: 5,
      overall: "no-hire",
      confidence: "medium",
      ratings: [
        ["cross-team-influence", 0, "team", "No examples beyond her own tickets."],
        ["leadership-without-authority", 1, "team", "Some mentoring of an intern."],
        ["scope-and-impact", 1, "team", "Delivers assigned tickets; no ownership of an area."],
      ],
      flags: [{ title: "Impact without numbers", note: "Claimed big wins, no metric for any of them." }],
    },
    {
      stage: 2,
      by: "lee",
      daysAgo: 4,
      overall: "senior",
      confidence: "low",
      ratings: [
        ["technical-depth", 2, "team", "Strong on the coding exercise: clean, tested, fast."],
        ["code-quality", 2, "team", "Thoughtful about naming and test boundaries."],
        ["execution-and-delivery", 1, "team", "Ships, but with little planning around risks."],
      ],
    },
    {
      stage: 3,
      by: "hugo",
      daysAgo: 3,
      overall: "no-hire",
      confidence: "medium",
      ratings: [
        ["system-design", 1, "team", "Better on the second prompt; still no operability plan."],
        ["cross-team-influence", 0, "team", "Nothing to point to."],
        ["leadership-without-authority", 0, "team", "Avoided the question about disagreement."],
        ["product-thinking", 1, "team", "Some awareness of user impact."],
        ["scope-and-impact", 0, "team", "Work is task-sized."],
      ],
    },
  ];
  for (const card of belowCards) addScorecard(belowPanel, 0, card);

  const thinPanel = addCandidate({
    role: 0,
    name: "Dev Patel",
    email: "dev.patel@example.com",
    links: ["https://github.com/example-dev"],
    notes: "Strong Staff signals so far; the loop ran short on cross-team influence.",
    status: "debrief",
    daysAgo: 14,
  });
  const thinCards: DemoScorecard[] = [
    {
      stage: 0,
      by: "maya",
      daysAgo: 4,
      overall: "staff",
      confidence: "high",
      ratings: [
        ["system-design", 2, "org", "Designed the multi-region failover for the card vault with its SLOs and a phased rollout across four teams."],
        ["technical-depth", 2, "multi-team", "Deep on consistency trade-offs; chose and defended bounded staleness with numbers."],
        [
          "reliability-and-operations",
          2,
          "org",
          "Wrote the org's safe-migration standard; incidents from schema changes dropped to zero for three quarters.",
        ],
      ],
    },
    {
      stage: 1,
      by: "sam",
      daysAgo: 3,
      overall: "staff",
      confidence: "medium",
      ratings: [
        ["cross-team-influence", 2, "org", "Aligned three platform teams on one event schema registry; adoption tracked per team."],
        [
          "leadership-without-authority",
          2,
          "multi-team",
          "Landed a contested deprecation by writing the migration guide and pairing with each team.",
        ],
        ["scope-and-impact", 2, "org", "Owns reliability of the payments domain; reports latency and cost to leadership monthly."],
      ],
    },
    {
      stage: 2,
      by: "omar",
      daysAgo: 2,
      overall: "staff",
      confidence: "medium",
      ratings: [
        ["technical-depth", 2, "team", "Sharp on concurrency; found the race in the exercise in minutes."],
        ["code-quality", 2, "multi-team", "Built the shared CI template most backend teams use."],
        ["execution-and-delivery", 2, "multi-team", "Ran a three-team migration in phases with clear exit criteria."],
      ],
    },
    {
      stage: 3,
      by: "hugo",
      daysAgo: 1,
      overall: "staff",
      confidence: "medium",
      ratings: [
        ["system-design", 2, "multi-team", "Good instincts on contracts and versioning across teams."],
        ["cross-team-influence", "na", "team", ""],
        ["leadership-without-authority", 2, "org", "Runs the architecture review; people bring him disagreements to settle."],
        ["product-thinking", 1, "team", "Knows the cost model; less on user research."],
        ["scope-and-impact", 2, "org", "Set the two-year direction for payments infrastructure."],
      ],
    },
  ];
  for (const card of thinCards) addScorecard(thinPanel, 0, card);

  // An application mid-loop: one interview done with a draft, one overdue, two upcoming.
  const midLoop = addCandidate({
    role: 0,
    name: "Elena Rossi",
    email: "elena.rossi@example.com",
    links: ["https://elena.example.com"],
    notes: "Currently a senior engineer at a fintech; interested in Staff.",
    status: "active",
    daysAgo: 9,
  });
  addScorecard(midLoop, 0, {
    stage: 2,
    by: "lee",
    daysAgo: 0.2,
    overall: "senior",
    confidence: "low",
    draft: true,
    ratings: [["technical-depth", 2, "team", "Very fast on the exercise; good tests."]],
  });
  addInterview(midLoop, 0, 0, "priya", new Date(now.getTime() - 2 * DAY));
  addInterview(midLoop, 0, 1, "sam", new Date(now.getTime() + 1 * DAY + 2 * HOUR));
  addInterview(midLoop, 0, 3, "hugo", new Date(now.getTime() + 2 * DAY));

  addCandidate({
    role: 0,
    name: "Farid Rahimi",
    email: "farid.rahimi@example.com",
    notes: "New application; recruiter screen passed.",
    status: "active",
    daysAgo: 1,
  });

  // ── Staff Platform Engineer ───────────────────────────────────────────────
  const platformActive = addCandidate({
    role: 1,
    name: "Grace Kim",
    email: "grace.kim@example.com",
    links: ["https://github.com/example-grace"],
    status: "active",
    daysAgo: 6,
  });
  addInterview(platformActive, 1, 0, "maya", new Date(now.getTime() + 3 * HOUR));
  addInterview(platformActive, 1, 1, "priya", new Date(now.getTime() + 1 * DAY));
  addInterview(platformActive, 1, 2, "omar", new Date(now.getTime() + 2 * DAY + 3 * HOUR));
  addInterview(platformActive, 1, 3, "helen", new Date(now.getTime() + 3 * DAY));

  addCandidate({
    role: 1,
    name: "Hiro Tanaka",
    email: "hiro.tanaka@example.com",
    notes: "Withdrew after accepting another offer.",
    status: "withdrawn",
    daysAgo: 30,
  });

  const decided = addCandidate({
    role: 1,
    name: "Ines Moreau",
    email: "ines.moreau@example.com",
    status: "decided",
    daysAgo: 40,
  });
  const decidedCards: DemoScorecard[] = [
    {
      stage: 0,
      by: "priya",
      daysAgo: 20,
      overall: "staff",
      confidence: "high",
      ratings: [
        ["system-design", 2, "org", "Designed the build cache that every monorepo team now uses; clear alternatives and rollout."],
        ["technical-depth", 2, "multi-team", "Explained the cache-key design and its failure modes in depth."],
        ["reliability-and-operations", 1, "team", "Good runbooks; limited incident ownership."],
      ],
    },
    {
      stage: 1,
      by: "sam",
      daysAgo: 19,
      overall: "staff",
      confidence: "high",
      ratings: [
        ["cross-team-influence", 2, "org", "Drove adoption of remote builds across twelve teams with an opt-in path."],
        ["leadership-without-authority", 2, "multi-team", "Chairs the developer-experience guild; decisions land."],
        ["scope-and-impact", 2, "org", "CI time cut from 40 to 12 minutes org-wide, tracked weekly."],
        ["product-thinking", 2, "multi-team", "Treats developers as users; ran surveys and acted on them."],
      ],
    },
    {
      stage: 2,
      by: "omar",
      daysAgo: 18,
      overall: "staff",
      confidence: "medium",
      ratings: [
        ["execution-and-delivery", 2, "multi-team", "Phased the migration with per-team exit criteria."],
        ["code-quality", 2, "org", "Wrote the org's test-strategy standard."],
        ["technical-depth", 2, "team", "Strong systems programming."],
      ],
    },
    {
      stage: 3,
      by: "helen",
      daysAgo: 17,
      overall: "staff",
      confidence: "high",
      ratings: [
        ["system-design", 2, "multi-team", "Thinks in contracts and deprecation plans."],
        ["cross-team-influence", 2, "org", "Other orgs copy her adoption playbook."],
        ["leadership-without-authority", 2, "org", "Grew three engineers into leads."],
        ["scope-and-impact", 2, "org", "Sets platform direction for a year out."],
      ],
    },
  ];
  for (const card of decidedCards) addScorecard(decided, 1, card);
  const decisionId = crypto.randomUUID();
  tx.insert(s.decisions)
    .values({
      id: decisionId,
      applicationId: decided,
      decidedById: who("helen"),
      level: "staff",
      hire: true,
      rationale: "Consistent Staff evidence across all four interviews, with org-level scope on every Staff-critical section.",
      engineSnapshot: { level: "staff", note: "Recorded by the demo seed." },
      createdAt: new Date(now.getTime() - 15 * DAY),
    })
    .run();
  tx.insert(s.auditEvents)
    .values({
      at: new Date(now.getTime() - 15 * DAY),
      actorId: who("helen"),
      action: "decision.recorded",
      entityType: "application",
      entityId: decided,
      summary: "Decided: hire at Staff",
      data: { decisionId },
    })
    .run();

  seedHeldDecision();
  seedRevisedDecision();

  // The emails the demo's interviews imply, as Outbox shows them: kept, never sent (these mailboxes are not real).
  const rita = DEMO_PEOPLE.find((p) => p.key === "rita") ?? DEMO_PEOPLE[0];
  const organizer = { name: rita.name, email: rita.email };
  for (const interview of demoInterviews) {
    const written = new Date(Math.min(interview.at.getTime(), now.getTime()) - 5 * DAY);
    enqueueInterviewMessage(tx, { interviewId: interview.id, kind: "interview-invitation", organizer, now: written, keep: true });
    if (interview.status === "cancelled")
      enqueueInterviewMessage(tx, { interviewId: interview.id, kind: "interview-cancellation", organizer, now, keep: true });
  }

  /** Jonas-like strength everywhere but cross-team influence, which only one interviewer rated: Helen holds for more signal. */
  function seedHeldDecision() {
    const held = addCandidate({
      role: 1,
      name: "Kofi Mensah",
      email: "kofi.mensah@example.com",
      notes: "Platform lead at a logistics company; strong on build systems.",
      status: "debrief",
      daysAgo: 12,
    });
    const cards: DemoScorecard[] = [
      {
        stage: 0,
        by: "maya",
        daysAgo: 7,
        overall: "staff",
        confidence: "high",
        ratings: [
          ["system-design", 2, "org", "Designed the artifact store every build in the company reads from, with its SLOs and a migration plan."],
          ["technical-depth", 2, "multi-team", "Explained content-addressed caching and its failure modes from first principles."],
          ["reliability-and-operations", 2, "multi-team", "Runs the build fleet's on-call; cut pages by half with better alerts."],
        ],
      },
      {
        stage: 1,
        by: "sam",
        daysAgo: 6,
        overall: "staff",
        confidence: "medium",
        ratings: [
          ["cross-team-influence", 2, "org", "Got six product teams onto the shared build rules with an opt-in migration."],
          ["leadership-without-authority", 2, "multi-team", "Settled the monorepo-versus-polyrepo argument with a written comparison."],
          ["scope-and-impact", 2, "org", "Owns build health for the company; reports cost and wait time monthly."],
          ["product-thinking", 1, "team", "Treats developers as users, but little data behind the priorities."],
        ],
      },
      {
        stage: 2,
        by: "omar",
        daysAgo: 5,
        overall: "staff",
        confidence: "medium",
        ratings: [
          ["execution-and-delivery", 2, "multi-team", "Phased the cache roll-out team by team with exit criteria."],
          ["code-quality", 2, "multi-team", "Wrote the review checklist the platform teams use."],
          ["technical-depth", 2, "team", "Clean, fast solution to the graph exercise."],
        ],
      },
      {
        stage: 3,
        by: "helen",
        daysAgo: 4,
        overall: "staff",
        confidence: "medium",
        ratings: [
          ["system-design", 2, "multi-team", "Contracts and deprecation plans come first in his designs."],
          ["cross-team-influence", "na", "team", ""],
          ["leadership-without-authority", 2, "org", "Mentored three engineers into tech leads across the org."],
          ["scope-and-impact", 2, "org", "Set the two-year direction for developer infrastructure."],
        ],
      },
    ];
    for (const card of cards) addScorecard(held, 1, card);
    const at = new Date(now.getTime() - 3 * DAY);
    const id = crypto.randomUUID();
    const probe = [sectionId("cross-team-influence")];
    tx.insert(s.decisions)
      .values({
        id,
        applicationId: held,
        decidedById: who("helen"),
        level: "none",
        hire: false,
        held: true,
        probeSectionIds: probe,
        rationale: "Staff signals everywhere else, but only Sam probed cross-team influence; one more interview on it before deciding.",
        engineSnapshot: { level: "insufficient-evidence", confidence: "medium", note: "Recorded by the demo seed." },
        createdAt: at,
      })
      .run();
    tx.insert(s.auditEvents)
      .values({
        at,
        actorId: who("helen"),
        action: "decision.recorded",
        entityType: "application",
        entityId: held,
        summary: "Decided on Kofi Mensah: hold for more signal on Cross-team influence",
        data: { decisionId: id, level: "none", hire: false, held: true, probeSectionIds: probe, recommendedLevel: "insufficient-evidence" },
      })
      .run();
  }

  /** A Staff panel Helen first read as Senior (no hire on a Staff-only role), revised to hire at Staff after references. */
  function seedRevisedDecision() {
    const revised = addCandidate({
      role: 1,
      name: "Lena Vogel",
      email: "lena.vogel@example.com",
      links: ["https://github.com/example-lena"],
      status: "decided",
      daysAgo: 30,
    });
    const cards: DemoScorecard[] = [
      {
        stage: 0,
        by: "priya",
        daysAgo: 14,
        overall: "staff",
        confidence: "high",
        ratings: [
          ["system-design", 2, "org", "Designed the deploy pipeline every service ships through, with staged roll-outs and automatic rollback."],
          ["technical-depth", 2, "multi-team", "Walked through a flaky-test detector's statistics and its false-positive rate."],
          ["reliability-and-operations", 2, "multi-team", "Introduced deploy freezes tied to error budgets."],
        ],
      },
      {
        stage: 1,
        by: "sam",
        daysAgo: 13,
        overall: "staff",
        confidence: "medium",
        ratings: [
          ["cross-team-influence", 2, "org", "Four orgs adopted her release-train standard."],
          ["leadership-without-authority", 2, "multi-team", "Chairs the release working group; decisions stick."],
          ["scope-and-impact", 2, "org", "Deploy lead time down from two days to two hours, tracked weekly."],
          ["product-thinking", 2, "multi-team", "Surveys developers each quarter and acts on the results."],
        ],
      },
      {
        stage: 2,
        by: "lee",
        daysAgo: 12,
        overall: "senior",
        confidence: "medium",
        ratings: [
          ["execution-and-delivery", 2, "multi-team", "Ran the pipeline migration in phases with per-team exit criteria."],
          ["code-quality", 2, "multi-team", "Set the CI conventions the platform teams follow."],
          ["technical-depth", 1, "team", "Solid, if slow, on the coding exercise."],
        ],
      },
      {
        stage: 3,
        by: "helen",
        daysAgo: 11,
        overall: "senior",
        confidence: "low",
        ratings: [
          ["system-design", 2, "multi-team", "Good on contracts; versioning plan in place."],
          ["cross-team-influence", 2, "multi-team", "Could name the teams that adopted her standard."],
          ["leadership-without-authority", 2, "multi-team", "Grew two engineers into leads."],
          ["scope-and-impact", 2, "org", "Sets the release direction a year out."],
        ],
      },
    ];
    for (const card of cards) addScorecard(revised, 1, card);
    const decidedAt = new Date(now.getTime() - 10 * DAY);
    const revisedAt = new Date(now.getTime() - 8 * DAY);
    const id = crypto.randomUUID();
    const snapshot = { level: "staff", confidence: "high", note: "Recorded by the demo seed." };
    const first = {
      level: "senior" as const,
      hire: false,
      rationale: "Strong delivery, but I doubted the org-level reach of the release-train work; reads as Senior to me.",
      overrideReason: "The adoption claims were not backed by anything I could check; I want references first.",
    };
    const reason = "References from two of the adopting orgs confirmed she drove the release-train standard across them.";
    tx.insert(s.decisionHistory)
      .values({
        applicationId: revised,
        decisionId: id,
        change: "revised",
        reason,
        changedById: who("helen"),
        changedAt: revisedAt,
        decidedById: who("helen"),
        decidedAt,
        ...first,
        engineSnapshot: snapshot,
      })
      .run();
    tx.insert(s.decisions)
      .values({
        id,
        applicationId: revised,
        decidedById: who("helen"),
        level: "staff",
        hire: true,
        rationale: "Staff evidence on every Staff-critical section, now confirmed by references on cross-team influence.",
        engineSnapshot: snapshot,
        createdAt: revisedAt,
      })
      .run();
    tx.insert(s.auditEvents)
      .values([
        {
          at: decidedAt,
          actorId: who("helen"),
          action: "decision.recorded",
          entityType: "application",
          entityId: revised,
          summary: "Decided on Lena Vogel: no hire (assessed Senior) (against the recommendation: Staff)",
          data: { decisionId: id, level: "senior", hire: false, recommendedLevel: "staff", againstRecommendation: true },
        },
        {
          at: revisedAt,
          actorId: who("helen"),
          action: "decision.revised",
          entityType: "application",
          entityId: revised,
          summary: "Revised the decision on Lena Vogel from no hire (assessed Senior) to hire at Staff",
          data: {
            decisionId: id,
            reason,
            old: { level: "senior", hire: false, held: false, recommendedLevel: "staff" },
            new: { level: "staff", hire: true, held: false, recommendedLevel: "staff", againstRecommendation: false },
          },
        },
      ])
      .run();
  }
}
