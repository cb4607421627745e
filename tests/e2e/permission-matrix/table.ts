/**
 * The permission matrix (issue 8): every page, route handler and server action of the build, against
 * every kind of person, with what each may see. design.md's Permissions table and "Independent scoring"
 * are the source of every cell; the spec (tests/e2e/permission-matrix.spec.ts) reads the route and
 * action lists from the build's manifests and fails on a route or action without a row here, or a row
 * whose route or action the build no longer has.
 */
import { CANARY as C, MATRIX_PEOPLE, type MatrixSeed, type PersonKind, type SignedInKind } from "./data";

/** What a request by one kind of person must get. */
export type Outcome =
  /** Answered (200 unless `status`), with every `see` text in the body and no `notSee` text. */
  | { allow: true; see?: string[]; notSee?: string[]; status?: number }
  /**
   * Refused: "sign-in" is a redirect to the sign-in page; a number is that status; "home" is a redirect
   * to the home page (the sign-in page for someone already signed in). The body must hold no canary at all.
   */
  | { refuse: RefusalKind };

export type RefusalKind = "sign-in" | "home" | 401 | 403 | 404 | 405 | 422 | 500;

export type PageCase = {
  /** Names the case when a route has several (whose interview, whose scorecard). */
  label?: string;
  params?: Record<string, string>;
  /** Query string, without "?". */
  query?: string;
  /** POST: a request without a body (the one-click unsubscribe). */
  method?: "GET" | "PUT" | "POST";
  /** For PUT: the JSON body per person (refused people send a valid one, allowed people one that changes nothing). */
  body?: (kind: PersonKind) => unknown;
  expect: Record<PersonKind, Outcome>;
};

export type RouteRow = { route: string; cases: (seed: MatrixSeed) => PageCase[] };

/** Every canary: a refused answer carries none of them. */
export const ALL_CANARIES: string[] = Object.values(C);

const SECRETS_OF_THE_PANEL = [C.afterEvidence, C.peerEvidence, C.beforeDraft, C.cancelledDraft];
const allow = (see: string[] = [], notSee: string[] = []): Outcome => ({ allow: true, see, notSee });
const refuse = (how: RefusalKind): Outcome => ({ refuse: how });
const SIGN_IN = refuse("sign-in");

/** A row where every signed-in person gets the same outcome. */
function everyone(signedOut: Outcome, signedIn: (kind: SignedInKind) => Outcome): Record<PersonKind, Outcome> {
  return {
    signedOut,
    admin: signedIn("admin"),
    recruiter: signedIn("recruiter"),
    hiringManager: signedIn("hiringManager"),
    otherHiringManager: signedIn("otherHiringManager"),
    interviewerBefore: signedIn("interviewerBefore"),
    interviewerAfter: signedIn("interviewerAfter"),
    interviewerElsewhere: signedIn("interviewerElsewhere"),
    cancelledInterviewer: signedIn("cancelledInterviewer"),
  };
}

/** Signed out → sign-in; the listed kinds get their outcome; everyone else `otherwise`. */
function only(allowed: Partial<Record<SignedInKind, Outcome>>, otherwise: Outcome): Record<PersonKind, Outcome> {
  return everyone(SIGN_IN, (kind) => allowed[kind] ?? otherwise);
}

/** Pages of one matrix role: recruiters, admins and its hiring manager; another role's hiring manager gets 404, interviewers 403. */
function rolePage(see: string[], notSee: string[] = []): PageCase {
  const ok = allow(see, notSee);
  return { expect: only({ admin: ok, recruiter: ok, hiringManager: ok, otherHiringManager: refuse(404) }, refuse(403)) };
}

/** The same token with its signature's last character changed: no longer signed by the server. */
function forged(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
}

/** A link token of the right shape that the server never issued. */
function madeUpLink(token: string): string {
  return `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
}

const editorsOnly = (see: string[], notSee: string[] = []) => only({ admin: allow(see, notSee), recruiter: allow(see, notSee) }, refuse(403));
const adminOnly = (see: string[]) => only({ admin: allow(see) }, refuse(403));

/** A valid scorecard body for one section (the refused autosave). */
export function scorecardContent(sectionId: string, text: string) {
  return {
    ratings: [{ sectionId, rating: 2, notAssessed: false, evidence: text, scope: "team", itemsObserved: [] }],
    redFlags: [],
    overallRecommendation: "senior",
    confidence: "medium",
    summary: text,
  };
}

/** Every focus section of a stage rated 1 with evidence: passes the submit rules. */
function completeContent(seed: MatrixSeed, sectionKeys: string[], text: string) {
  return {
    ratings: sectionKeys.map((key) => ({
      sectionId: seed.sectionIds[key] as string,
      rating: 1,
      notAssessed: false,
      evidence: text,
      scope: "team",
      itemsObserved: [],
    })),
    redFlags: [],
    overallRecommendation: "senior",
    confidence: "medium",
    summary: text,
  };
}

export const ROUTE_ROWS: RouteRow[] = [
  {
    route: "/",
    cases: () => [
      {
        expect: everyone(SIGN_IN, (kind) => {
          const own = [MATRIX_PEOPLE[kind].name];
          if (kind === "interviewerElsewhere" || kind === "cancelledInterviewer" || kind === "otherHiringManager") {
            return allow(own, [C.candidateName, C.candidateEmail, C.applicationNote, ...SECRETS_OF_THE_PANEL]);
          }
          return allow(own, [C.candidateEmail, C.applicationNote, ...SECRETS_OF_THE_PANEL]);
        }),
      },
    ],
  },
  {
    route: "/applications/[applicationId]",
    cases: (seed) => {
      const editor = allow([C.candidateName, C.candidateEmail, C.applicationNote], SECRETS_OF_THE_PANEL);
      const panel = allow([C.candidateName], [C.candidateEmail, C.applicationNote, ...SECRETS_OF_THE_PANEL]);
      return [
        {
          params: { applicationId: seed.applicationId },
          expect: only({ admin: editor, recruiter: editor, hiringManager: editor, interviewerBefore: panel, interviewerAfter: panel }, refuse(404)),
        },
      ];
    },
  },
  {
    // The edit form carries the candidate's name, email and this application's notes: the people who may edit the role.
    route: "/applications/[applicationId]/edit",
    cases: (seed) => {
      const editor = allow([C.candidateName, C.candidateEmail, C.applicationNote], SECRETS_OF_THE_PANEL);
      return [
        {
          params: { applicationId: seed.applicationId },
          expect: only({ admin: editor, recruiter: editor, hiringManager: editor, otherHiringManager: refuse(404) }, refuse(403)),
        },
      ];
    },
  },
  {
    route: "/applications/[applicationId]/debrief",
    cases: (seed) => {
      const reader = allow([C.candidateName, C.afterEvidence, C.peerEvidence], [C.beforeDraft, C.cancelledDraft]);
      return [
        {
          params: { applicationId: seed.applicationId },
          expect: only({ admin: reader, recruiter: reader, hiringManager: reader, otherHiringManager: refuse(404) }, refuse(403)),
        },
      ];
    },
  },
  // The search words are not the canary: the page echoes what was searched for, to anyone.
  { route: "/audit", cases: () => [{ query: "q=seeded%20for%20the%20permission%20matrix", expect: adminOnly([C.auditSummary]) }] },
  { route: "/api/audit.csv", cases: () => [{ query: "q=seeded%20for%20the%20permission%20matrix", expect: adminOnly([C.auditSummary]) }] },
  { route: "/frameworks", cases: () => [{ expect: editorsOnly([C.frameworkName]) }] },
  { route: "/frameworks/import", cases: () => [{ expect: editorsOnly(["Import"]) }] },
  {
    route: "/frameworks/[frameworkId]",
    cases: (seed) => [{ params: { frameworkId: seed.frameworkId }, expect: editorsOnly([C.frameworkName, C.frameworkDraft]) }],
  },
  {
    route: "/frameworks/[frameworkId]/versions",
    cases: (seed) => [{ params: { frameworkId: seed.frameworkId }, expect: editorsOnly([C.frameworkName]) }],
  },
  {
    route: "/frameworks/[frameworkId]/versions/[version]",
    cases: (seed) => [
      {
        label: "the published v1",
        params: { frameworkId: seed.frameworkId, version: "1" },
        expect: editorsOnly([C.frameworkName], [C.frameworkDraft]),
      },
      { label: "the open draft v2", params: { frameworkId: seed.frameworkId, version: "2" }, expect: editorsOnly([C.frameworkDraft]) },
    ],
  },
  {
    route: "/frameworks/[frameworkId]/export",
    cases: (seed) => [{ params: { frameworkId: seed.frameworkId }, query: "format=json", expect: editorsOnly([C.frameworkName, C.frameworkDraft]) }],
  },
  {
    route: "/interviews",
    cases: () => {
      const own = (see: string[], notSee: string[] = []) => allow(see, [C.applicationNote, C.candidateEmail, ...notSee]);
      return [
        {
          expect: only(
            {
              hiringManager: own([], [C.candidateName]),
              otherHiringManager: own([], [C.candidateName]),
              interviewerBefore: own([C.candidateName]),
              interviewerAfter: own([C.candidateName]),
              interviewerElsewhere: own([C.elsewhereCandidate], [C.candidateName]),
              cancelledInterviewer: own([], [C.candidateName]),
            },
            refuse(403),
          ),
        },
      ];
    },
  },
  {
    route: "/interviews/[interviewId]",
    cases: (seed) => [
      {
        label: "the before-submitting interviewer's interview (a draft in progress)",
        params: { interviewId: seed.interviews.before },
        expect: only(
          { interviewerBefore: allow([C.candidateName, C.beforeDraft], [C.afterEvidence, C.peerEvidence, C.applicationNote, C.candidateEmail]) },
          refuse(404),
        ),
      },
      {
        label: "the after-submitting interviewer's interview",
        params: { interviewId: seed.interviews.after },
        expect: only(
          { interviewerAfter: allow([C.candidateName, C.afterEvidence], [C.beforeDraft, C.applicationNote, C.candidateEmail]) },
          refuse(404),
        ),
      },
      { label: "the cancelled interview", params: { interviewId: seed.interviews.cancelled }, expect: only({}, refuse(404)) },
    ],
  },
  {
    route: "/interviews/[interviewId]/panel",
    cases: (seed) => [
      {
        label: "after submitting: the panel's submitted scorecards",
        params: { interviewId: seed.interviews.after },
        expect: only({ interviewerAfter: allow([C.peerEvidence], [C.beforeDraft, C.cancelledDraft, C.applicationNote]) }, refuse(404)),
      },
      {
        label: "before submitting: blind",
        params: { interviewId: seed.interviews.before },
        expect: only(
          { interviewerBefore: allow(["Submit your own scorecard first"], [C.afterEvidence, C.peerEvidence, C.cancelledDraft]) },
          refuse(404),
        ),
      },
      { label: "the cancelled interview", params: { interviewId: seed.interviews.cancelled }, expect: only({}, refuse(404)) },
    ],
  },
  { route: "/outbox", cases: () => [{ expect: adminOnly([C.outboxSubject]) }] },
  {
    // Everyone's own profile: their name and their notification settings, nothing of anyone else.
    route: "/profile",
    cases: () => [
      {
        expect: everyone(SIGN_IN, (kind) =>
          allow([MATRIX_PEOPLE[kind].name, "Scorecard reminders"], [C.candidateName, C.candidateEmail, C.peerEmail, ...SECRETS_OF_THE_PANEL]),
        ),
      },
    ],
  },
  {
    // An unsubscribe link works without signing in: the signed token is the permission, whoever holds it; the page
    // names the kind of email only, never whose link it is. A token whose signature was edited opens nothing.
    route: "/unsubscribe/[token]",
    cases: (seed) => {
      const page = allow(["scorecard reminders"], ALL_CANARIES);
      return [
        { label: "the peer's valid link", params: { token: seed.unsubscribeToken }, expect: everyone(page, () => page) },
        { label: "a forged link", params: { token: forged(seed.unsubscribeToken) }, expect: everyone(refuse(404), () => refuse(404)) },
      ];
    },
  },
  {
    route: "/api/unsubscribe/[token]",
    cases: (seed) => {
      const toPage: Outcome = { allow: true, status: 303 };
      const done = allow(["Unsubscribed."], ALL_CANARIES);
      return [
        // A GET (a link scanner) changes nothing: it leads to the confirmation page.
        { label: "GET, the peer's valid link", params: { token: seed.unsubscribeToken }, expect: everyone(toPage, () => toPage) },
        { label: "GET, a forged link", params: { token: forged(seed.unsubscribeToken) }, expect: everyone(refuse(404), () => refuse(404)) },
        {
          label: "POST, a forged link",
          method: "POST",
          params: { token: forged(seed.unsubscribeToken) },
          expect: everyone(refuse(404), () => refuse(404)),
        },
        // The one-click POST (RFC 8058) turns the peer's reminders off, whoever sends it; repeating it is harmless.
        { label: "POST, the peer's valid link", method: "POST", params: { token: seed.unsubscribeToken }, expect: everyone(done, () => done) },
      ];
    },
  },
  {
    // The invitation's link works without signing in: the single-use token is the permission, whoever holds it. The
    // page names the person invited (their email, to sign in with) and nothing else; a made-up link opens no account.
    route: "/join/[token]",
    cases: (seed) => {
      const page = allow(
        [C.peerEmail, "Set password and sign in"],
        ALL_CANARIES.filter((c) => c !== C.peerEmail),
      );
      const dead = allow(["This invitation link does not work"], ALL_CANARIES);
      return [
        { label: "the peer's open invitation", params: { token: seed.invitationToken }, expect: everyone(page, () => page) },
        { label: "a made-up link", params: { token: madeUpLink(seed.invitationToken) }, expect: everyone(dead, () => dead) },
        { label: "the peer's reset link (another purpose)", params: { token: seed.resetToken }, expect: everyone(dead, () => dead) },
      ];
    },
  },
  {
    route: "/reset-password/[token]",
    cases: (seed) => {
      const page = allow(
        [C.peerEmail, "Set new password and sign in"],
        ALL_CANARIES.filter((c) => c !== C.peerEmail),
      );
      const dead = allow(["This reset link does not work"], ALL_CANARIES);
      return [
        { label: "the peer's open reset link", params: { token: seed.resetToken }, expect: everyone(page, () => page) },
        { label: "a made-up link", params: { token: madeUpLink(seed.resetToken) }, expect: everyone(dead, () => dead) },
      ];
    },
  },
  {
    // A calendar feed opens without signing in (calendar apps send no cookies): the token is the permission, whoever
    // holds it. The peer's feed lists the peer's own interview (its candidate and role) and nothing else of the matrix;
    // a made-up token, or the peer's token without ".ics", opens nothing.
    route: "/calendar/[token]",
    cases: (seed) => {
      // (Long lines are folded at 75 characters, so only short texts are looked for whole.)
      const feed = allow(
        ["BEGIN:VCALENDAR", `UID:interview-${seed.interviews.peer}@levelset`, `Matrix ${C.candidateName}`, MATRIX_PEOPLE.peer.name],
        ALL_CANARIES.filter((c) => c !== C.candidateName && c !== C.roleTitle),
      );
      const dead = refuse(404);
      return [
        { label: "the peer's feed", params: { token: `${seed.calendarFeedToken}.ics` }, expect: everyone(feed, () => feed) },
        { label: "a made-up token", params: { token: `${madeUpLink(seed.calendarFeedToken)}.ics` }, expect: everyone(dead, () => dead) },
        { label: "the peer's token without .ics", params: { token: seed.calendarFeedToken }, expect: everyone(dead, () => dead) },
      ];
    },
  },
  // Anyone may ask for a reset link; the page holds nobody's data.
  {
    route: "/forgot-password",
    cases: () => [{ expect: everyone(allow(["Send me a reset link"], ALL_CANARIES), () => allow(["Send me a reset link"], ALL_CANARIES)) }],
  },
  { route: "/people", cases: () => [{ expect: adminOnly([C.peerEmail]) }] },
  { route: "/retention", cases: () => [{ expect: adminOnly(["Would be erased now"]) }] },
  { route: "/people/new", cases: () => [{ expect: adminOnly(["Add a person"]) }] },
  { route: "/people/[userId]", cases: (seed) => [{ params: { userId: seed.users.peer }, expect: adminOnly([C.peerEmail]) }] },
  // Deactivating the peer: the page lists their upcoming interviews; only admins get it.
  { route: "/people/[userId]/deactivate", cases: (seed) => [{ params: { userId: seed.users.peer }, expect: adminOnly([C.peerEmail]) }] },
  {
    route: "/roles",
    cases: () => {
      const both = allow([C.roleTitle, C.otherRoleTitle]);
      return [
        {
          expect: only(
            {
              admin: both,
              recruiter: both,
              hiringManager: allow([C.roleTitle], [C.otherRoleTitle]),
              otherHiringManager: allow([C.otherRoleTitle], [C.roleTitle]),
            },
            refuse(403),
          ),
        },
      ];
    },
  },
  { route: "/roles/new", cases: () => [{ expect: editorsOnly(["New role"]) }] },
  {
    route: "/roles/[roleId]",
    cases: (seed) => [{ params: { roleId: seed.roleId }, ...rolePage([C.roleTitle, C.candidateName], SECRETS_OF_THE_PANEL) }],
  },
  {
    route: "/roles/[roleId]/analytics",
    cases: (seed) => [{ params: { roleId: seed.roleId }, ...rolePage([C.roleTitle], [C.beforeDraft, C.cancelledDraft]) }],
  },
  { route: "/roles/[roleId]/candidates/new", cases: (seed) => [{ params: { roleId: seed.roleId }, ...rolePage([C.roleTitle]) }] },
  { route: "/roles/[roleId]/plan", cases: (seed) => [{ params: { roleId: seed.roleId }, ...rolePage([C.roleTitle], SECRETS_OF_THE_PANEL) }] },
  { route: "/roles/[roleId]/settings", cases: (seed) => [{ params: { roleId: seed.roleId }, ...rolePage([C.roleTitle], SECRETS_OF_THE_PANEL) }] },
  { route: "/roles/[roleId]/team", cases: (seed) => [{ params: { roleId: seed.roleId }, ...rolePage([C.roleTitle], SECRETS_OF_THE_PANEL) }] },
  {
    route: "/api/roles/[roleId]/ratings.csv",
    cases: (seed) => {
      const reader = allow([C.candidateName, C.afterEvidence, C.peerEvidence], [C.beforeDraft, C.cancelledDraft]);
      return [
        {
          params: { roleId: seed.roleId },
          expect: only({ admin: reader, recruiter: reader, hiringManager: reader, otherHiringManager: refuse(404) }, refuse(403)),
        },
      ];
    },
  },
  {
    route: "/api/scorecards/[scorecardId]",
    cases: (seed) => {
      const reader = allow([C.afterEvidence], [C.beforeDraft, C.peerEvidence]);
      return [
        {
          label: "the after-submitting interviewer's submitted scorecard",
          params: { scorecardId: seed.scorecards.after },
          expect: only({ admin: reader, recruiter: reader, hiringManager: reader, interviewerAfter: reader }, refuse(404)),
        },
        {
          label: "the before-submitting interviewer's draft",
          params: { scorecardId: seed.scorecards.before },
          expect: only({ interviewerBefore: allow([C.beforeDraft]) }, refuse(404)),
        },
        {
          label: "the peer's submitted scorecard",
          params: { scorecardId: seed.scorecards.peer },
          expect: only(
            {
              admin: allow([C.peerEvidence]),
              recruiter: allow([C.peerEvidence]),
              hiringManager: allow([C.peerEvidence]),
              interviewerAfter: allow([C.peerEvidence]),
            },
            refuse(404),
          ),
        },
        // Access follows live interviews only: not even its author reads a cancelled interview's scorecard.
        { label: "the cancelled interview's draft", params: { scorecardId: seed.scorecards.cancelled }, expect: only({}, refuse(404)) },
      ];
    },
  },
  {
    route: "/api/interviews/[interviewId]/scorecard-draft",
    cases: (seed) => {
      const refusedBody = (sectionKey: string) => () => ({
        baseRevision: 1,
        content: scorecardContent(seed.sectionIds[sectionKey] as string, "mxrefused autosave by someone else"),
      });
      return [
        {
          label: "a GET (the autosave answers PUT only)",
          params: { interviewId: seed.interviews.before },
          expect: everyone(SIGN_IN, () => refuse(405)),
        },
        {
          label: "PUT on the before-submitting interviewer's interview",
          method: "PUT",
          params: { interviewId: seed.interviews.before },
          // Its author sends a stale revision: the save is answered with a conflict and nothing is written.
          body: (kind) =>
            kind === "interviewerBefore"
              ? { baseRevision: 0, content: scorecardContent(seed.sectionIds["code-quality"] as string, "mxallowed stale autosave") }
              : refusedBody("code-quality")(),
          expect: only(
            { interviewerBefore: { allow: true, status: 409, see: ["conflict"] }, admin: refuse(403), recruiter: refuse(403) },
            refuse(404),
          ),
        },
        {
          label: "PUT on the cancelled interview",
          method: "PUT",
          params: { interviewId: seed.interviews.cancelled },
          body: refusedBody("product-thinking"),
          // Its own interviewer is told it was cancelled (422); recruiters and admins never write scorecards.
          expect: only({ cancelledInterviewer: refuse(422), admin: refuse(403), recruiter: refuse(403) }, refuse(404)),
        },
      ];
    },
  },
  {
    route: "/api/auth/[...nextauth]",
    cases: () => [
      {
        label: "GET /api/auth/session",
        params: { "...nextauth": "session" },
        expect: everyone({ allow: true, see: ["null"] }, (kind) => allow([MATRIX_PEOPLE[kind].email], [C.candidateName])),
      },
    ],
  },
  { route: "/api/health", cases: () => [{ expect: everyone(allow(['"status":"ok"']), () => allow(['"status":"ok"'])) }] },
  { route: "/icon.svg", cases: () => [{ expect: everyone(allow(["<svg"]), () => allow(["<svg"])) }] },
  { route: "/sign-in", cases: () => [{ expect: everyone(allow(["Sign in"]), () => refuse("home")) }] },
  { route: "/sign-out", cases: () => [{ expect: everyone(SIGN_IN, (kind) => allow([MATRIX_PEOPLE[kind].name])) }] },
  // Next.js's own error pages: never a page of data.
  { route: "/_not-found", cases: () => [{ expect: everyone(SIGN_IN, () => refuse(404)) }] },
  // Next.js renders its global error page with a 500 when asked for it directly: no data, no canary.
  { route: "/_global-error", cases: () => [{ expect: everyone(SIGN_IN, () => refuse(500)) }] },
];

// ─── Server actions ─────────────────────────────────────────────────────────

/**
 * One server action. Refused people send a payload the schema accepts (so the domain's own check is what
 * refuses them), carrying the marker "mxrefused" in its free text or aimed at the matrix's own rows; the
 * spec then checks that no row anywhere holds the marker and that the matrix's rows are unchanged.
 * Allowed people send a payload the schema refuses, so the answer proves they got past "who may call"
 * without anything being written (other journeys share this server); where the domain has a refusal
 * after its permission check that writes nothing (a stale revision, an interview already cancelled),
 * they send a payload aimed at that instead.
 */
export type ActionRow = {
  /** "<file>#<export>", as the build's server-reference manifest names it. */
  action: string;
  allowed: SignedInKind[];
  /** The refused call's payload (the action's second argument). */
  refusedPayload: (seed: MatrixSeed, kind: SignedInKind) => Record<string, unknown>;
  /** The allowed call's payload; by default `{}`, which every schema refuses. */
  allowedPayload?: (seed: MatrixSeed, kind: SignedInKind) => Record<string, unknown>;
  /** What an allowed call is answered with: the schema's field errors by default. */
  allowedAnswer?: "invalid" | "conflict";
  /** A refused kind answered with another code than forbidden, not-found or a domain "invalid" (still nothing written). */
  refusedAnswer?: Partial<Record<SignedInKind, "conflict">>;
  /**
   * Anyone may call it, signed in or not (joining, resetting a password): signed out is then allowed too, and sends
   * the allowed payload (built as for "admin") instead of being sent to sign in.
   */
  signedOutAllowed?: true;
};

export const MARKER = "mxrefused";

const EDITORS: SignedInKind[] = ["admin", "recruiter", "hiringManager"];
const FRAMEWORK_EDITORS: SignedInKind[] = ["admin", "recruiter"];
const RECRUITERS_AND_ADMINS: SignedInKind[] = ["admin", "recruiter"];
const EVERYONE_SIGNED_IN: SignedInKind[] = [
  "admin",
  "recruiter",
  "hiringManager",
  "otherHiringManager",
  "interviewerBefore",
  "interviewerAfter",
  "interviewerElsewhere",
  "cancelledInterviewer",
];
/** A good password for a link the server never issued: past the schema, refused by the link check. */
const madeUpLinkPayload = (token: string) => ({ token: madeUpLink(token), password: "mxallowed-long-password", confirm: "mxallowed-long-password" });
const inTwoWeeks = () => new Date(Date.now() + 14 * 24 * 3_600_000).toISOString();
const thresholds = {
  seniorMinAssessedShare: 0.75,
  seniorMinTwos: 3,
  staffCriticalMinScore: 1.5,
  staffCriticalMinTwos: 2,
  staffCriticalMinRaters: 2,
  minAssessedShare: 0.5,
};

function settings(seed: MatrixSeed) {
  const all = Object.values(seed.sectionIds);
  return {
    title: `${MARKER} role title`,
    team: "",
    hiresSenior: true,
    hiresStaff: true,
    frameworkVersionId: seed.shippedVersionId,
    sectionIds: all,
    staffCriticalSectionIds: [seed.sectionIds["system-design"] as string],
    thresholds,
  };
}

/** The interview a refused interviewer aims at: their own when they have one the action must still refuse, else the "before" interviewer's. */
function targetInterview(seed: MatrixSeed, kind: SignedInKind): { interviewId: string; sectionKey: string } {
  if (kind === "cancelledInterviewer") return { interviewId: seed.interviews.cancelled, sectionKey: "product-thinking" };
  if (kind === "interviewerElsewhere") return { interviewId: seed.interviews.after, sectionKey: "system-design" };
  return { interviewId: seed.interviews.before, sectionKey: "code-quality" };
}

const CHECKLIST = `# ${MARKER} checklist\n\n## Design\n- Designs for failure\n`;

export const ACTION_ROWS: ActionRow[] = [
  // Sign-in and sign-out are special-cased by the spec (see signInOutCells there); listed so the manifest check knows them.
  { action: "app/sign-in/actions.ts#signInWithPassword", allowed: [], refusedPayload: () => ({}) },
  { action: "app/sign-in/actions.ts#signInWithOidc", allowed: [], refusedPayload: () => ({}) },
  { action: "app/(app)/actions.ts#signOutAction", allowed: [], refusedPayload: () => ({}) },

  {
    action: "app/(app)/applications/[applicationId]/actions.ts#changeApplicationStatusAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ applicationId: seed.applicationId, status: "withdrawn", reason: "Matrix: accepted another offer." }),
  },
  {
    // Someone renaming the matrix candidate (at the revision it was seeded with) and giving them a new email.
    action: "app/(app)/applications/[applicationId]/actions.ts#editCandidateAction",
    allowed: EDITORS,
    refusedPayload: (seed, kind) => ({
      applicationId: seed.applicationId,
      revision: "0",
      name: `${MARKER} candidate`,
      email: `${MARKER}-${kind.toLowerCase()}@example.com`,
      links: "",
      notes: `${MARKER} note`,
    }),
  },
  {
    // Someone closing the matrix role, with a reason.
    action: "app/(app)/roles/[roleId]/actions.ts#changeRoleStatusAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ roleId: seed.roleId, status: "closed", reason: `${MARKER}: position filled.` }),
  },
  {
    action: "app/(app)/applications/[applicationId]/actions.ts#scheduleInterviewAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({
      applicationId: seed.applicationId,
      stageId: seed.stageIds[0],
      interviewerId: seed.users.interviewerElsewhere,
      scheduledAt: inTwoWeeks(),
    }),
  },
  {
    action: "app/(app)/applications/[applicationId]/actions.ts#rescheduleInterviewAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ interviewId: seed.interviews.before, scheduledAt: inTwoWeeks() }),
  },
  {
    action: "app/(app)/applications/[applicationId]/actions.ts#cancelInterviewAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ interviewId: seed.interviews.before }),
    // Cancelling the interview that is already cancelled: past the permission check, refused as a conflict, nothing written.
    allowedPayload: (seed) => ({ interviewId: seed.interviews.cancelled }),
    allowedAnswer: "conflict",
  },
  {
    action: "app/(app)/applications/[applicationId]/actions.ts#eraseCandidateAction",
    allowed: RECRUITERS_AND_ADMINS,
    // Everyone else sends the exact confirmation: only who they are stands between them and the erasure.
    refusedPayload: (seed) => ({ candidateId: seed.candidateId, applicationId: seed.applicationId, confirmName: `Matrix ${C.candidateName}` }),
  },
  {
    action: "app/(app)/retention/actions.ts#saveRetentionSettingAction",
    allowed: ["admin"],
    refusedPayload: () => ({ enabled: true, months: "1" }),
    // An empty form means "off", a real write; an impossible number is refused by the schema instead.
    allowedPayload: () => ({ enabled: true, months: "many" }),
  },
  { action: "app/(app)/retention/actions.ts#runRetentionAction", allowed: ["admin"], refusedPayload: () => ({ confirm: "yes" }) },
  {
    action: "app/(app)/applications/[applicationId]/actions.ts#markNotHeldFromApplicationAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ interviewId: seed.interviews.before, reason: `${MARKER}: the candidate did not join.` }),
  },
  {
    action: "app/(app)/applications/[applicationId]/debrief/actions.ts#recordDecisionAction",
    allowed: ["hiringManager"],
    refusedPayload: (seed) => ({
      applicationId: seed.applicationId,
      level: "senior",
      hire: true,
      rationale: `${MARKER}: the panel's evidence supports Senior.`,
      overrideReason: `${MARKER}: deciding with a scorecard missing.`,
    }),
  },
  {
    // Nothing is decided on the matrix application: refused people are stopped before that, its hiring manager's empty form by the schema.
    action: "app/(app)/applications/[applicationId]/debrief/actions.ts#reviseDecisionAction",
    allowed: ["hiringManager"],
    refusedPayload: (seed) => ({
      applicationId: seed.applicationId,
      level: "staff",
      hire: true,
      rationale: `${MARKER}: references changed the picture.`,
      overrideReason: `${MARKER}: the panel under-probed cross-team work.`,
      decideWithoutMissing: true,
      missingReason: `${MARKER}: deciding with a scorecard missing.`,
      revisionReason: `${MARKER}: revising after references.`,
    }),
  },
  {
    action: "app/(app)/applications/[applicationId]/debrief/actions.ts#reopenDecisionAction",
    allowed: ["hiringManager"],
    refusedPayload: (seed) => ({ applicationId: seed.applicationId, reason: `${MARKER}: reopening the debrief.` }),
  },
  {
    action: "app/(app)/frameworks/actions.ts#createFrameworkAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: () => ({ name: `${MARKER} framework`, startFrom: "blank" }),
  },
  {
    action: "app/(app)/frameworks/[frameworkId]/actions.ts#createDraftAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: (seed) => ({ frameworkId: seed.frameworkId }),
  },
  {
    action: "app/(app)/frameworks/[frameworkId]/actions.ts#saveDraftAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: (seed) => ({
      versionId: seed.frameworkDraftVersionId,
      revision: 0,
      content: { name: `${MARKER} framework`, description: MARKER, sections: [] },
    }),
  },
  {
    action: "app/(app)/frameworks/[frameworkId]/actions.ts#publishDraftAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: (seed) => ({ versionId: seed.frameworkDraftVersionId, revision: 0 }),
  },
  {
    action: "app/(app)/frameworks/[frameworkId]/actions.ts#discardDraftAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: (seed) => ({ versionId: seed.frameworkDraftVersionId, revision: 0 }),
  },
  {
    action: "app/(app)/frameworks/import/actions.ts#previewChecklistAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: () => ({ text: CHECKLIST }),
  },
  {
    action: "app/(app)/frameworks/import/actions.ts#importChecklistAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: () => ({ text: CHECKLIST, name: `${MARKER} checklist`, include: ["design"], fileName: `${MARKER}.md` }),
  },
  {
    action: "app/(app)/frameworks/import/actions.ts#previewJsonAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: () => ({ text: `{"name":"${MARKER}"}` }),
  },
  {
    action: "app/(app)/frameworks/import/actions.ts#importJsonAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: () => ({ text: `{"name":"${MARKER}"}`, publish: true, name: `${MARKER} json`, fileName: `${MARKER}.json` }),
  },
  {
    action: "app/(app)/interviews/[interviewId]/actions.ts#submitScorecardAction",
    allowed: ["interviewerBefore"],
    refusedPayload: (seed, kind) => {
      const { interviewId, sectionKey } = targetInterview(seed, kind);
      return {
        interviewId,
        baseRevision: 1,
        content: scorecardContent(seed.sectionIds[sectionKey] as string, `${MARKER} submitted by someone else`),
      };
    },
    // Its interviewer sends a complete scorecard from a stale revision: past the permission and submit rules, refused as a conflict.
    allowedPayload: (seed) => ({
      interviewId: seed.interviews.before,
      baseRevision: 0,
      content: completeContent(seed, ["code-quality", "execution-and-delivery", "system-design"], "mxallowed stale submit"),
    }),
    allowedAnswer: "conflict",
  },
  {
    action: "app/(app)/interviews/[interviewId]/actions.ts#amendScorecardAction",
    allowed: ["interviewerAfter"],
    refusedPayload: (seed, kind) => {
      const target =
        kind === "cancelledInterviewer" ? targetInterview(seed, kind) : { interviewId: seed.interviews.after, sectionKey: "system-design" };
      return {
        interviewId: target.interviewId,
        baseRevision: 1,
        reason: `${MARKER}: amended by someone else.`,
        content: scorecardContent(seed.sectionIds[target.sectionKey] as string, `${MARKER} amended by someone else`),
      };
    },
    // Its author amends from a stale revision: past the permission and submit rules, refused as a conflict.
    allowedPayload: (seed) => ({
      interviewId: seed.interviews.after,
      baseRevision: 0,
      reason: "mxallowed: a stale amendment that must not be saved.",
      content: completeContent(seed, ["system-design", "technical-depth", "reliability-and-operations"], "mxallowed stale amendment"),
    }),
    allowedAnswer: "conflict",
  },
  {
    action: "app/(app)/interviews/[interviewId]/actions.ts#markNotHeldAction",
    // Its own interviewer, and the people who may edit the role.
    allowed: ["interviewerBefore", ...EDITORS],
    refusedPayload: (seed, kind) => ({ interviewId: targetInterview(seed, kind).interviewId, reason: `${MARKER}: the candidate did not join.` }),
    // Its cancelled interviewer aims at their own cancelled interview: "nothing to mark".
    refusedAnswer: { cancelledInterviewer: "conflict" },
  },
  {
    action: "app/(app)/people/actions.ts#createPersonAction",
    allowed: ["admin"],
    refusedPayload: (_seed, kind) => ({
      name: `${MARKER} person`,
      email: `${MARKER}-${kind.toLowerCase()}@example.com`,
      level: "staff",
      roles: ["admin"],
      password: "",
    }),
  },
  {
    action: "app/(app)/people/actions.ts#updatePersonAction",
    allowed: ["admin"],
    // Someone trying to make the peer (or themselves) an admin.
    refusedPayload: (seed) => ({
      userId: seed.users.peer,
      name: `${MARKER} person`,
      level: "staff",
      roles: ["admin", "interviewer"],
      active: true,
      password: "",
    }),
  },
  {
    action: "app/(app)/roles/[roleId]/candidates/new/actions.ts#addCandidateAction",
    allowed: EDITORS,
    refusedPayload: (seed, kind) => ({
      roleId: seed.roleId,
      name: `${MARKER} candidate`,
      email: `${MARKER}-${kind.toLowerCase()}@example.com`,
      links: "",
      notes: `${MARKER} note`,
    }),
  },
  {
    action: "app/(app)/roles/[roleId]/plan/actions.ts#saveInterviewPlanAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({
      roleId: seed.roleId,
      stages: [
        { name: `${MARKER} stage`, durationMinutes: 60, focusSectionIds: [seed.sectionIds["system-design"]], questionIds: [], interviewerIds: [] },
      ],
    }),
  },
  {
    action: "app/(app)/roles/[roleId]/settings/actions.ts#updateRoleSettingsAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ roleId: seed.roleId, ...settings(seed) }),
  },
  {
    action: "app/(app)/roles/[roleId]/team/actions.ts#updateHiringTeamAction",
    allowed: EDITORS,
    // Another role's hiring manager trying to take this role over.
    refusedPayload: (seed, kind) => ({ roleId: seed.roleId, hiringManagerId: seed.users[kind], recruiterIds: [], interviewerIds: [] }),
  },
  {
    // "Remind now" on the home page's to-do: the people who may edit the role; another role's hiring manager finds no such interview.
    action: "app/(app)/reminder-actions.ts#remindNowAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ interviewId: seed.interviews.before }),
  },
  {
    // Someone trying to deactivate the peer; an allowed call is refused by the schema, so the peer stays active.
    action: "app/(app)/people/actions.ts#deactivatePersonAction",
    allowed: ["admin"],
    refusedPayload: (seed) => ({ userId: seed.users.peer, choices: [] }),
  },
  {
    // An admin sends a new invitation; an allowed call is refused by the schema, so the peer's open link stays.
    action: "app/(app)/people/actions.ts#resendInvitationAction",
    allowed: ["admin"],
    refusedPayload: (seed) => ({ userId: seed.users.peer }),
  },
  {
    // The invitation's link is the permission: everyone, signed out too, gets as far as the link check. A made-up
    // link with a good password is refused there (a domain "invalid"), so nothing is set and nobody signed in.
    action: "app/join/actions.ts#joinWithPasswordAction",
    allowed: EVERYONE_SIGNED_IN,
    signedOutAllowed: true,
    refusedPayload: (seed) => madeUpLinkPayload(seed.invitationToken),
    allowedPayload: (seed) => madeUpLinkPayload(seed.invitationToken),
  },
  {
    action: "app/reset-password/actions.ts#resetPasswordAction",
    allowed: EVERYONE_SIGNED_IN,
    signedOutAllowed: true,
    refusedPayload: (seed) => madeUpLinkPayload(seed.resetToken),
    allowedPayload: (seed) => madeUpLinkPayload(seed.resetToken),
  },
  {
    // Anyone may ask; the empty payload is refused by the schema, so no link is made and the throttle counts nothing.
    action: "app/forgot-password/actions.ts#requestPasswordResetAction",
    allowed: EVERYONE_SIGNED_IN,
    signedOutAllowed: true,
    refusedPayload: () => ({}),
  },
  {
    action: "app/(app)/outbox/actions.ts#retryOutboxMessageAction",
    allowed: ["admin"],
    refusedPayload: (seed) => ({ messageId: seed.outboxMessageId }),
  },
  {
    // Everyone signed in saves their own settings (only ever their own row); signed out, nobody's.
    action: "app/(app)/profile/notification-actions.ts#saveNotificationSettingsAction",
    allowed: [
      "admin",
      "recruiter",
      "hiringManager",
      "otherHiringManager",
      "interviewerBefore",
      "interviewerAfter",
      "interviewerElsewhere",
      "cancelledInterviewer",
    ],
    refusedPayload: () => ({ interviews: "on", reminders: "", debriefs: "", timeZone: "Europe/Berlin" }),
  },
  {
    // Everyone signed in manages their own feed (the payload names nobody); signed out, nobody's. The allowed call's
    // empty payload is refused by the schema, so no feed is made for a matrix person.
    action: "app/(app)/profile/calendar-feed-actions.ts#createCalendarFeedAction",
    allowed: EVERYONE_SIGNED_IN,
    refusedPayload: () => ({ intent: "create" }),
  },
  {
    action: "app/(app)/profile/calendar-feed-actions.ts#revokeCalendarFeedAction",
    allowed: EVERYONE_SIGNED_IN,
    refusedPayload: () => ({ confirm: "revoke" }),
  },
  {
    action: "app/(app)/roles/[roleId]/settings/actions.ts#updateReminderDelayAction",
    allowed: EDITORS,
    refusedPayload: (seed) => ({ roleId: seed.roleId, hours: "1" }),
  },
  {
    action: "app/(app)/roles/new/actions.ts#createRoleAction",
    allowed: FRAMEWORK_EDITORS,
    refusedPayload: (seed, kind) => ({ ...settings(seed), hiringManagerId: seed.users[kind], recruiterIds: [], interviewerIds: [] }),
  },
];
