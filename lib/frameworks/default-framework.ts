import type { BarGuidanceContent, FrameworkContent, PanelEvidenceContent } from "./types";

/**
 * The framework Levelset ships with: nine sections that separate Senior from Staff
 * engineers (see design.md, "The default framework"). Interviewers read this text
 * during a live interview, so every line has to be usable on the spot.
 */

/** The eight red flags design.md names; each appears in at least one section below. */
export const DEFAULT_RED_FLAG_TITLES: string[] = [
  "Heroics instead of fixing the system",
  "Endless debate, no decision",
  "Documents nobody adopted",
  "Local metrics up, domain stalled",
  "Success measured by personal output",
  "Scope inflation",
  "Impact without numbers",
  "Avoids writing and alignment work",
];

/** A checklist item with its key: the built-in list keys every item (the debrief's test ids and links use them). */
export type PanelEvidenceItem = PanelEvidenceContent & { key: string };

/**
 * What the panel as a whole should have gathered by the debrief. It is the default framework's
 * checklist, and the one that applies to any version stored without a checklist of its own.
 */
export const PANEL_EVIDENCE_CHECKLIST: PanelEvidenceItem[] = [
  {
    key: "project-deep-dives",
    label: "Two to four project deep-dives",
    description:
      "For each project: the problem, the constraints, the approach, the trade-offs made and the measured impact. Two to four give the panel enough to compare scope.",
    sectionKeys: ["scope-and-impact", "technical-depth", "system-design", "execution-and-delivery", "product-thinking"],
    required: 2,
  },
  {
    key: "hard-incident",
    label: "One hard incident and what changed after it",
    description: "An incident the candidate was central to, told from detection to the changes that stopped it from happening again.",
    sectionKeys: ["reliability-and-operations", "technical-depth", "execution-and-delivery"],
  },
  {
    key: "cross-team-influence-example",
    label: "One example of cross-team influence",
    description:
      "A specific case where another team changed its plans, design or practices because of the candidate, and how the candidate got there.",
    sectionKeys: ["cross-team-influence", "leadership-without-authority", "system-design"],
    broadScopeOnly: true,
  },
  {
    key: "raising-others-quality",
    label: "One example of raising others' quality",
    description:
      "A case where the candidate made other engineers' work better through mentoring, review, a standard or tooling, and how they know it improved.",
    sectionKeys: ["code-quality", "leadership-without-authority"],
  },
];

/** What Senior and Staff look like across the whole loop, in the project's own words. */
export const DEFAULT_BAR_GUIDANCE: BarGuidanceContent = {
  senior: [
    "Owns a problem area end to end and lifts the results of their own team.",
    "Makes trade-offs explicit and backs them with measurements, not opinions.",
    "Ships in increments and keeps quality up under deadline pressure.",
    "Mentors teammates and raises the standard of the code the team writes.",
  ],
  staff: [
    "Changes what the organization can do: the impact reaches several teams or a whole domain.",
    "Other teams adopt their designs, patterns or platforms, and plan around them.",
    "Lands decisions across teams through writing and alignment, without formal authority.",
    "Multiplies others: engineers on other teams do better work because of them.",
  ],
};

export const DEFAULT_FRAMEWORK: FrameworkContent = {
  name: "Levelset Senior/Staff framework",
  description:
    "Nine competency sections for telling a Senior engineer from a Staff engineer. Each lists behaviors to look for, what Senior and Staff evidence sound like, probing questions with the answer that signals each level, and red flags.",
  sections: [
    {
      key: "scope-and-impact",
      name: "Scope and impact",
      description:
        "How large a problem the candidate owns and how far the results reach. Senior moves a team's results; Staff changes what the organization can do.",
      items: [
        "Owns a problem area end to end, not a queue of tickets",
        "Delivered roadmap work that ran across more than one quarter",
        "Chose the success metric (latency, cost, reliability, conversion, quality) before the work started",
        "Tracked that metric after launch and quotes the actual number",
        "Can say what changed for the team or the organization because of the work",
        "Separates their own part from what the rest of the team did",
      ],
      seniorSignal:
        "Owns a project or a component of the team's system from problem to launch, over a sprint to a quarter. Impact shows up in what the team shipped: features delivered, fewer bugs, a team metric that moved.",
      staffSignal:
        "Owns a direction that spans several teams or a whole system for two to four quarters. Impact shows up in the organization's capability: a domain metric such as latency, cost or adoption changed across teams, and others now build on the result.",
      questions: [
        {
          prompt:
            "Tell me about the work from the last two years you're proudest of. What was the problem, who decided it mattered, and how did you know it worked?",
          seniorSignal:
            "A project they led for their team: they took a defined goal, planned and shipped it within about a quarter, and point to a team metric that moved.",
          staffSignal:
            "A problem they found and framed for several teams: they set the goal and the metric, sequenced the work over several quarters, and show a domain-level result other teams now rely on.",
        },
        {
          prompt: "Which number did you set out to change on your last big project, and where is it today?",
          seniorSignal:
            "Names a feature or team metric (error rate, page latency, support tickets) with before and after values and how it was measured.",
          staffSignal:
            "Names a domain metric shared by several teams (p99 latency across services, infrastructure cost per request, platform adoption), agreed the target with leaders, and still follows the trend.",
        },
        {
          prompt: "If you left your current team tomorrow, what would stop working or stop moving forward?",
          seniorSignal: "Points to the component or project they own and the knowledge they hold about it, and names who could take it over.",
          staffSignal:
            "Points to a cross-team direction or program that would lose its driver, and describes what they have put in place (owners, decision records, a written strategy) so it outlasts them.",
        },
      ],
      redFlags: [
        {
          title: "Scope inflation",
          description: "Calls team-level work an org-wide strategy, but when asked which other teams changed their plans, none did.",
          severity: "caps-at-senior",
        },
        {
          title: "Impact without numbers",
          description:
            'Says the project was a big success or "massively improved performance" but cannot give one before-and-after figure or say how it was measured.',
          severity: "note",
        },
        {
          title: "Misrepresents their own role",
          description:
            'Follow-up questions show they did not do what they claimed (they "led" a design they cannot explain, or a decision someone else made), and they keep the claim when asked directly.',
          severity: "blocks-hire",
        },
      ],
      staffCriticalByDefault: false,
    },
    {
      key: "technical-depth",
      name: "Technical depth",
      description:
        "How well the candidate understands the systems they work on, down to the layer where a problem actually lives: trade-offs, root-cause debugging, data correctness, performance and security.",
      items: [
        "States trade-offs explicitly (consistency, latency, cost, complexity) and why one side won",
        "Debugs across the stack with logs, metrics and traces down to a root cause",
        "Protects data correctness: schemas, migrations, backfills, idempotency, replay",
        "Profiles before optimizing and can name the hotspot that mattered",
        "Builds security in by default: authentication, authorization, secrets, threat thinking",
      ],
      seniorSignal:
        "Goes deep on the systems their team owns: explains the trade-offs in their own designs, finds root causes in their own services and runs migrations and backfills safely. Security and performance are part of how they build, not an afterthought.",
      staffSignal:
        "Has depth that other teams borrow: they are called in when a problem crosses service boundaries, and they turn what they find into tooling, defaults or guidance that others use. They reason about trade-offs in platforms and data models that several teams depend on.",
      questions: [
        {
          prompt: "Tell me about the hardest bug you tracked down in the last year. How did you get from the first symptom to the root cause?",
          seniorSignal:
            "A methodical hunt through their own service with logs, metrics and traces, ending at a clear root cause and a fix with a test that keeps it from coming back.",
          staffSignal:
            "A fault that crossed services or teams; after finding it they changed something shared (instrumentation, a library default, a guideline) so the whole class of bug is caught elsewhere too.",
        },
        {
          prompt: "Describe a migration or backfill you ran on live data. What could have gone wrong, and what did you do about it?",
          seniorSignal: "Ran an idempotent, resumable migration for their service, with a dry run, verification queries and a rollback path.",
          staffSignal:
            "Designed the migration approach or tooling that several teams used (dual writes, replay, verification jobs) and set the rule for which schema changes need it.",
        },
        {
          prompt:
            "Pick a design choice where you traded one property for another, say consistency for latency or simplicity for cost. What did you give up, and would you make the same call today?",
          seniorSignal: "A trade-off in a component they built, backed by the numbers or constraints at the time and an honest look back.",
          staffSignal:
            "A trade-off built into a shared system or data model, with its knock-on effects on the teams that build on it and how the decision was revisited as the organization's needs changed.",
        },
        {
          prompt: "How did security shape the last system you built? Name a specific threat you designed against.",
          seniorSignal:
            "Concrete controls in their own work (authorization checked at the right layer, secrets kept out of code, input validation) and the threat each one addresses.",
          staffSignal:
            "A security default or practice they established across teams (a shared auth library, secret rotation, threat modeling in design review) and how they checked it was adopted.",
        },
      ],
      redFlags: [
        {
          title: "Security treated as someone else's job",
          description:
            "Waves off questions about authorization, secrets or threats as the security team's concern rather than part of their own design.",
          severity: "caps-at-senior",
        },
        {
          title: "Depth stops at the buzzwords",
          description:
            "Names tools and patterns fluently but cannot explain what happens underneath, or why something failed, when asked one level deeper.",
          severity: "note",
        },
      ],
      staffCriticalByDefault: false,
    },
    {
      key: "system-design",
      name: "System design and architecture",
      description:
        "How the candidate shapes a system before it is built: short written designs with real alternatives, clear contracts, and guardrails and operability planned from the start.",
      items: [
        "Writes short design docs that compare alternatives and record the decision",
        "Defines interfaces and contracts (APIs, events, schemas) with a versioning plan",
        "Adds guardrails: timeouts, retries with backoff, circuit breakers, rate limits",
        "Plans failure modes and incident response before launch, not after the first outage",
        "Designs for operability: dashboards, SLOs and SLIs, alerts, runbooks",
      ],
      seniorSignal:
        "Designs a service or feature for their team with a clear doc, real alternatives, well-defined APIs and sensible guardrails. It ships with dashboards and alerts, and peer review improves it.",
      staffSignal:
        "Sets the architecture for several teams or a whole system through RFCs, contracts others build against, and standards for guardrails and operability. Their designs plan for two to four quarters of change, including how old interfaces are deprecated.",
      questions: [
        {
          prompt: "Walk me through the last design you wrote that another team had to adopt. What changed in their plans because of it?",
          seniorSignal:
            "The design was for their own team's service; another team consumed its API, and they agreed the contract and a migration date with that team.",
          staffSignal:
            "The design set a direction several teams followed: those teams changed their roadmaps or moved onto a shared contract or platform, and the candidate ran the review and rollout that got them there.",
        },
        {
          prompt: "Tell me about an interface you defined: an API, an event or a schema. How did you plan for it to change over time?",
          seniorSignal: "A versioned API or event schema for their service, with compatibility rules and a way of telling consumers about changes.",
          staffSignal:
            "Versioning and deprecation rules that many teams follow, and a real case of retiring an old contract across its consumers without breaking them.",
        },
        {
          prompt:
            "Think of a system you designed that later failed in production. Which failure modes had you planned for, and which one surprised you?",
          seniorSignal:
            "Names the guardrails they built (timeouts, retries, fallbacks), the failure they missed and how they changed the design afterward.",
          staffSignal:
            "Explains how the surprise changed the design standard or review checklist used for other systems, so that class of failure was designed out elsewhere.",
        },
      ],
      redFlags: [
        {
          title: "Failure modes left for later",
          description:
            'Describes the happy path in detail, but asked what happens when a dependency is slow or down, has nothing beyond "we\'d add retries".',
          severity: "note",
        },
      ],
      staffCriticalByDefault: true,
    },
    {
      key: "execution-and-delivery",
      name: "Execution and delivery",
      description: "How the candidate turns an unclear goal into working software on a predictable path, and what they do when the plan slips.",
      items: [
        "Breaks an ambiguous goal into milestones with named risks and dependencies",
        "Aligns stakeholders and unblocks work without repeated escalation",
        "Ships in increments, each usable or testable on its own",
        "Holds the quality bar under deadline pressure and says openly what was cut",
        "Runs postmortems whose follow-ups prevent a repeat",
      ],
      seniorSignal:
        "Plans and delivers their team's projects over a sprint to a quarter: clear milestones, risks raised early, scope adjusted without dropping quality. Unblocks teammates and keeps stakeholders informed.",
      staffSignal:
        "Delivers programs that run two to four quarters across several teams: defines the problem and the milestones when nobody else has, sequences dependencies between teams, and changes the plan in the open when the evidence shifts. Other teams deliver more predictably because of how they set the work up.",
      questions: [
        {
          prompt: "Tell me about a project that started with a vague goal. How did you turn it into a plan, and what was the first milestone?",
          seniorSignal:
            "Took a goal from their manager or product partner, clarified the requirements, and broke it into increments their team shipped, each with a clear check.",
          staffSignal:
            "Defined the problem itself and its guardrails, then split it into milestones for several teams, with dependencies and decision points laid out across several quarters.",
        },
        {
          prompt: "Describe a time a project you led was going to miss its date. What did you do, and what did you tell people?",
          seniorSignal:
            "Spotted the slip early, cut or reordered scope with the product owner while keeping quality, and told stakeholders what changed and why.",
          staffSignal:
            "Re-planned across teams, renegotiated the commitment with leaders, and fixed the planning or dependency problem behind the slip so later programs avoid it.",
        },
        {
          prompt: "Tell me about a postmortem you wrote or led. Which follow-ups got done, and has the problem come back?",
          seniorSignal:
            "A postmortem for their team's incident with specific follow-ups they tracked to completion; the same failure has not recurred.",
          staffSignal:
            "Saw a pattern across several teams' postmortems and drove a shared fix (a process, tool or platform change), with evidence that the repeats stopped.",
        },
      ],
      redFlags: [
        {
          title: "Dates met by quietly cutting quality",
          description:
            "Proud of hitting every deadline, but mentions skipped tests, disabled checks or unannounced scope cuts that others cleaned up later.",
          severity: "note",
        },
        {
          title: "Escalation as the first move",
          description: "Clears cross-team blockers mainly by escalating to managers, rather than talking to the other team first.",
          severity: "note",
        },
      ],
      staffCriticalByDefault: false,
    },
    {
      key: "code-quality",
      name: "Code quality and engineering excellence",
      description:
        "The standard of code and engineering practice the candidate produces and raises in others: maintainable code, careful review, and debt paid down where it blocks the roadmap.",
      items: [
        "Writes maintainable code with clear ownership boundaries between modules",
        "Reviews for correctness, safety, simplicity and long-term cost, not style alone",
        "Raised a team standard: linting, CI, test strategy or release discipline",
        "Retires debt that blocks the roadmap and can say what it unblocked",
        "Makes the safe way the easy way for others (templates, shared libraries, checks)",
      ],
      seniorSignal:
        "Their code is clean and well tested, and their reviews catch real problems in the team's repo. They improve the team's tooling or test strategy and pay down debt that slows their own roadmap.",
      staffSignal:
        "Builds paved roads (shared libraries, CI templates, release tooling, review standards) that let other teams ship safely without needing them in the loop. They decide which debt the organization pays down, based on what it blocks.",
      questions: [
        {
          prompt: "What's a review comment you left that changed how a teammate or a team writes code? What was wrong, and what happened after?",
          seniorSignal:
            "A specific catch in a teammate's change (a race, a missing check, a hidden cost) and a follow-up conversation that improved that person's later work.",
          staffSignal:
            "A problem they kept seeing across teams' reviews, turned into a lint rule, library or guideline that now catches it everywhere without them reviewing.",
        },
        {
          prompt: "Tell me about technical debt you chose to pay down. How did you decide it was worth more than new work?",
          seniorSignal:
            "Refactored part of their team's code that was slowing the roadmap, with a clear before and after (build time, defect rate, time to add a feature).",
          staffSignal:
            "Ranked debt across several teams by what it blocked, got leaders to fund the top items, and tracked the payoff in domain terms.",
        },
        {
          prompt:
            "Name one engineering standard on your team or in your org (testing, CI, release process) that exists because of you. How did you get people to follow it?",
          seniorSignal:
            "Introduced a practice on their team (a test strategy, required checks, a release checklist) and kept it alive through example and review.",
          staffSignal:
            "Set a standard several teams adopted because it made their work easier, measured the adoption, and changed it where teams pushed back.",
        },
      ],
      redFlags: [
        {
          title: "Cosmetic refactors sold as debt work",
          description:
            "Cites rewrites or style clean-ups as their quality work but cannot link any of them to something the team or the roadmap needed.",
          severity: "note",
        },
      ],
      staffCriticalByDefault: false,
    },
    {
      key: "cross-team-influence",
      name: "Cross-team influence",
      description:
        "How far the candidate's technical influence reaches beyond their own team: patterns and platforms others adopt, and multi-team initiatives carried through to the end.",
      items: [
        "Built a pattern, library or platform that other teams adopted",
        "Led a multi-team initiative with a shared design and a phased rollout",
        "Aligned several teams on a convention, standard or interface",
        "Won adoption by making the new way easier, not by mandate",
        "Can name the teams that changed course and what they changed",
      ],
      seniorSignal:
        "Influence sits mostly inside their own team: they shape its practices and designs, and work well with neighboring teams on shared interfaces. Teammates adopt their patterns.",
      staffSignal:
        "Influence reaches several teams and the organization: teams adopt their standards, platforms and designs without being pushed, and multi-team initiatives they lead land through phased rollouts. They can name which teams changed and what that did for the org.",
      questions: [
        {
          prompt: "Tell me about something you built or proposed that teams outside your own now use. How did the first of them come to adopt it?",
          seniorSignal: "A component or pattern shared with one neighboring team, adopted after the candidate helped them integrate it.",
          staffSignal:
            "A platform, library or standard taken up by several teams; they describe the pilot team, the feedback loop and the adoption numbers that followed.",
        },
        {
          prompt:
            "Describe an initiative that needed several teams to change something at the same time. How did the design get agreed and the rollout done?",
          seniorSignal: "Represented their team in someone else's initiative, delivered their part on time and helped settle interface questions.",
          staffSignal:
            "Led it: wrote the shared design, got each team's leads to agree to the phases, tracked the rollout across teams and dealt with the stragglers.",
        },
        {
          prompt:
            "Tell me about a time teams disagreed on a convention, such as an API style, a logging format or an on-call practice. How was it settled, and is it still followed?",
          seniorSignal: "Settled a convention within their team or with one partner team through discussion and worked examples.",
          staffSignal:
            "Brought several teams onto one convention, wrote it down as a standard with a migration path, and can show it is still followed months later.",
        },
      ],
      redFlags: [
        {
          title: "Documents nobody adopted",
          description:
            "Their main cross-team evidence is an RFC or standard they wrote that no team took up, and they cannot say why or what they tried next.",
          severity: "caps-at-senior",
        },
        {
          title: "Adoption only by mandate",
          description:
            "Other teams adopted their work only because a director required it, and they cannot describe any team choosing it on its merits.",
          severity: "note",
        },
      ],
      staffCriticalByDefault: true,
    },
    {
      key: "leadership-without-authority",
      name: "Leadership without authority",
      description:
        "How the candidate leads people they do not manage: mentoring, clear writing and speaking, landing decisions when people disagree, and fitting plans to the people involved.",
      items: [
        "Mentored someone whose output or judgment clearly improved",
        "Writes and speaks clearly enough to cut rework and repeat meetings",
        "Resolves disagreement with evidence and lands a decision",
        "Adapts plans to people, team and process constraints",
        "Takes on writing, review and alignment work, not only coding",
      ],
      seniorSignal:
        "Mentors teammates and makes them better at their work. Writes the design docs and updates their team relies on, and resolves disagreements within the team with evidence.",
      staffSignal:
        "Aligns leaders across teams on a direction through strategy docs and RFCs, and lands decisions where the people involved report elsewhere. Grows other senior engineers, and spends most of the week writing, reviewing and aligning rather than coding.",
      questions: [
        {
          prompt: "Tell me about someone you mentored. What could they do afterward that they couldn't before, and how do you know?",
          seniorSignal: "A teammate who grew (now leads designs, or needs fewer review rounds), with specific things the candidate did to help.",
          staffSignal:
            "Senior engineers or tech leads on other teams who now lead larger work, and a mentoring or review practice the candidate set up that keeps producing that growth.",
        },
        {
          prompt: "Describe a technical disagreement with someone senior to you or on another team. How did it end?",
          seniorSignal:
            "Disagreed with a peer or lead on their own team, brought data or a prototype, and reached a decision both sides committed to.",
          staffSignal:
            "Disagreed with leaders across teams, wrote up the options and their costs, drove a decision with a clear owner and date, and kept the working relationship intact.",
        },
        {
          prompt: "What's a document you wrote that changed what people did? Who read it, and what happened next?",
          seniorSignal: "A design doc or runbook their team used that settled a question or stopped the same questions being asked again.",
          staffSignal: "A strategy doc or RFC read by leaders across teams that changed roadmaps or budgets; they can name the decision it produced.",
        },
      ],
      redFlags: [
        {
          title: "Avoids writing and alignment work",
          description:
            'A Staff candidate who calls docs, reviews and alignment meetings a distraction from "real work" and has few examples of doing them.',
          severity: "caps-at-senior",
        },
        {
          title: "Success measured by personal output",
          description:
            "Describes their value in lines of code, tickets closed or changes merged rather than in what other people or teams achieved because of them.",
          severity: "caps-at-senior",
        },
        {
          title: "Endless debate, no decision",
          description: "Tells of long design discussions they were part of where nobody decided, and does not see forcing a decision as their job.",
          severity: "note",
        },
      ],
      staffCriticalByDefault: true,
    },
    {
      key: "product-thinking",
      name: "Product and business thinking",
      description:
        "How the candidate ties technical work to user and business results: setting priorities from goals, checking impact with data, and making cost, speed and reliability trade-offs in the open.",
      items: [
        "Turns user and business goals into technical priorities",
        "Checks impact with data after launch, not only before",
        "Makes cost, speed and reliability trade-offs explicit to the people deciding",
        "Knows when good enough is right and when it is a real risk",
        "Can say who the work was for and what it changed for them",
      ],
      seniorSignal:
        "Understands the goals behind their team's features, pushes back on requirements that do not serve them, and checks with data whether a launch did what it was meant to.",
      staffSignal:
        "Shapes the technical roadmap from the business strategy: decides which problems in a domain are worth solving, ties investment to domain health metrics such as cost, latency or adoption, and explains trade-offs to leaders in the terms they use.",
      questions: [
        {
          prompt: "Tell me about a time you changed what your team built because of something you learned about users or the business.",
          seniorSignal:
            "Saw that a requirement would not serve users, proposed a simpler or better alternative to the product manager, and the feature changed.",
          staffSignal:
            "Used business or usage data to change a multi-team roadmap, stopping one investment and starting another, and can say what that was worth.",
        },
        {
          prompt:
            "Describe a decision where cost, speed and reliability pulled against each other. How did you make the trade-off visible to the people deciding?",
          seniorSignal: "Laid out the options for one feature with their cost and risk, and the product owner chose with that information.",
          staffSignal:
            "Put numbers on the trade-off for a whole domain (for example, infrastructure spend against an availability target) and got leaders to commit to a target.",
        },
        {
          prompt: "When did you decide something was good enough to ship, and when did you decide it wasn't? What made the difference?",
          seniorSignal:
            "Shipped one feature with known gaps behind a flag and held back another over a correctness or data risk, with clear reasoning for each.",
          staffSignal:
            "Set a rule for a domain on which risks are acceptable for an experiment and which need a higher bar, and teams now apply it without asking them.",
        },
      ],
      redFlags: [
        {
          title: "Local metrics up, domain stalled",
          description:
            "Celebrates a team metric that improved (velocity, their own service's latency) while the product or domain result it was meant to serve stayed flat or got worse.",
          severity: "note",
        },
      ],
      staffCriticalByDefault: false,
    },
    {
      key: "reliability-and-operations",
      name: "Reliability and operations",
      description:
        "How the candidate keeps systems healthy in production: owning incidents through to prevention, deploying safely, and running reliability by SLOs rather than heroics.",
      items: [
        "Owned an incident from detection through mitigation to prevention",
        "Deploys safely: canaries, feature flags, rollbacks, safe migrations",
        "Uses SLOs and error budgets to choose between reliability and feature work",
        "Reduced pager noise and improved runbooks",
        "Runs drills that test runbooks and on-call readiness",
      ],
      seniorSignal:
        "Owns the reliability of their team's services: leads incidents well, writes blameless postmortems, ships with canaries and rollbacks, and cuts noisy alerts.",
      staffSignal:
        "Raises reliability across a domain: sets SLOs and an error-budget policy several teams follow, builds deploy safety into shared tooling, and treats recurring incidents as a system problem to fix at the source.",
      questions: [
        {
          prompt: "Tell me about the hardest incident you've been part of. What was your role, and what is different now because of it?",
          seniorSignal:
            "Led or was central to the response for their team's service, found the cause, and finished follow-ups that stopped it recurring there.",
          staffSignal:
            "Handled an incident that crossed teams, then changed something shared (deploy tooling, a dependency policy, an SLO) so that whole class of incident became rarer.",
        },
        {
          prompt: "How do you ship a risky change to production? Take me through a real one.",
          seniorSignal:
            "Uses canaries, feature flags, a staged rollout and a tested rollback for their own service, and watches named metrics as it rolls out.",
          staffSignal:
            "Describes the safe-deploy path they built or standardized for many teams, with numbers showing fewer failed deploys or faster rollbacks since.",
        },
        {
          prompt: "Tell me about an SLO or error budget you worked with. When did it change what the team worked on?",
          seniorSignal: "Their team burned its budget, and they paused feature work to fix the top cause, using the SLO to justify it.",
          staffSignal:
            "Defined SLOs and an error-budget policy across services with their owners, and leaders now use it to decide between reliability and feature investment.",
        },
        {
          prompt: "What did on-call look like for your team a year ago, and what does it look like now? What did you change?",
          seniorSignal: "Removed noisy alerts and rewrote runbooks for their rotation, and can give the drop in pages per week.",
          staffSignal: "Set alerting and runbook standards across rotations, ran drills, and tracks pages and time to mitigate across the domain.",
        },
      ],
      redFlags: [
        {
          title: "Heroics instead of fixing the system",
          description: "Proud of saving the day in late-night incidents again and again, while the cause that kept paging them was never fixed.",
          severity: "caps-at-senior",
        },
        {
          title: "Blames individuals for incidents",
          description:
            "Explains incidents as one person's mistake and the fix as removing or disciplining that person, and holds to it when asked what let the mistake through.",
          severity: "blocks-hire",
        },
      ],
      staffCriticalByDefault: false,
    },
  ],
  guidance: DEFAULT_BAR_GUIDANCE,
  evidenceChecklist: PANEL_EVIDENCE_CHECKLIST,
};
