/**
 * The permission matrix's own people and data (seeded by scripts/e2e-matrix-seed.ts, read by
 * tests/e2e/permission-matrix.spec.ts). Nothing here is shared with other journeys: the matrix signs
 * these people in and out, and no other spec reads or writes their roles, applications or framework.
 * No imports, so the spec and the e2e server both load it outside Next.js.
 */

/** Every kind of person the matrix asks about, in the order the report prints them. */
export const PERSON_KINDS = [
  "signedOut",
  "admin",
  "recruiter",
  "hiringManager",
  "otherHiringManager",
  "interviewerBefore",
  "interviewerAfter",
  "interviewerElsewhere",
  "cancelledInterviewer",
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export type SignedInKind = Exclude<PersonKind, "signedOut">;

export const KIND_LABELS: Record<PersonKind, string> = {
  signedOut: "signed out",
  admin: "admin",
  recruiter: "recruiter",
  hiringManager: "hiring manager of this role",
  otherHiringManager: "hiring manager of another role",
  interviewerBefore: "interviewer on this application, before submitting",
  interviewerAfter: "interviewer on this application, after submitting",
  interviewerElsewhere: "interviewer not on this application",
  cancelledInterviewer: "cancelled interviewer",
};

type MatrixPerson = { email: string; name: string; roles: readonly ("admin" | "recruiter" | "hiring-manager" | "interviewer")[] };

/**
 * One e2e-only account per kind, plus a second panel member whose submitted evidence the "after" interviewer may read.
 * Their names hold no word of a label ("Hiring manager", "Recruiters"…): they appear in every people picker,
 * where other journeys find fields by label.
 */
export const MATRIX_PEOPLE: Record<SignedInKind | "peer", MatrixPerson> = {
  admin: { email: "matrix-admin@levelset.test", name: "Matrix Alder", roles: ["admin"] },
  recruiter: { email: "matrix-recruiter@levelset.test", name: "Matrix Birch", roles: ["recruiter"] },
  hiringManager: { email: "matrix-hm@levelset.test", name: "Matrix Cedar", roles: ["hiring-manager", "interviewer"] },
  otherHiringManager: { email: "matrix-hm-other@levelset.test", name: "Matrix Dogwood", roles: ["hiring-manager", "interviewer"] },
  interviewerBefore: { email: "matrix-before@levelset.test", name: "Matrix Elm", roles: ["interviewer"] },
  interviewerAfter: { email: "matrix-after@levelset.test", name: "Matrix Fir", roles: ["interviewer"] },
  interviewerElsewhere: { email: "matrix-elsewhere@levelset.test", name: "Matrix Gorse", roles: ["interviewer"] },
  cancelledInterviewer: { email: "matrix-cancelled@levelset.test", name: "Matrix Hazel", roles: ["interviewer"] },
  peer: { email: "matrix-peer-vermilion@levelset.test", name: "Matrix Ivy", roles: ["interviewer"] },
};

/**
 * Seeded text that only some people may read. Each is a word found nowhere else in the product or the
 * demo, so its presence in a body (HTML, RSC payload, JSON or CSV) means the data reached that person.
 */
export const CANARY = {
  /** The candidate of the matrix application: anyone who may see the candidate. */
  candidateName: "Quillfeather",
  /** Their email: people who may edit the role (recruiter, admin, its hiring manager). */
  candidateEmail: "zephyrine.matrix@example.com",
  /** The application's note: people who may edit the role. */
  applicationNote: "Brambleworth",
  /** The "after" interviewer's submitted evidence: the panel readers, never a blinded interviewer. */
  afterEvidence: "Tamarisk",
  /** The peer's submitted evidence: panel readers and the "after" interviewer. */
  peerEvidence: "Halcyon",
  /** The "before" interviewer's draft evidence: its author only. */
  beforeDraft: "Saxifrage",
  /** The cancelled interviewer's draft on the cancelled interview: its author at most, never anyone else. */
  cancelledDraft: "Mandragora",
  /** The matrix role's title: recruiters, admins, its hiring manager, and its interviewers in their kits. */
  roleTitle: "Juniper",
  /** The other matrix role's title: recruiters, admins and its hiring manager. */
  otherRoleTitle: "Larkspur",
  /** The matrix framework's name: framework editors (recruiters and admins). */
  frameworkName: "Wintergreen",
  /** Only in the description of the matrix framework's open draft (v2): framework editors, on the draft. */
  frameworkDraft: "Nightjar",
  /** An audit event's summary: admins. */
  auditSummary: "Obsidian",
  /** An outbox message's subject: admins. */
  outboxSubject: "Cassowary",
  /** The peer's email, on the people pages: admins. */
  peerEmail: "matrix-peer-vermilion@levelset.test",
  /** The candidate elsewhere (the "elsewhere" interviewer's own application): never on the matrix application's pages. */
  elsewhereCandidate: "Nimbusveil",
} as const;

/** Everything the seed wrote, handed to the spec through the run's folder. */
export type MatrixSeed = {
  dbPath: string;
  users: Record<SignedInKind | "peer", string>;
  roleId: string;
  otherRoleId: string;
  applicationId: string;
  /** The matrix application's candidate (named "Matrix " + CANARY.candidateName). */
  candidateId: string;
  elsewhereApplicationId: string;
  frameworkId: string;
  frameworkDraftVersionId: string;
  frameworkVersionId: string;
  /** The shipped framework's published version, which both matrix roles use, and its section ids by key. */
  shippedVersionId: string;
  sectionIds: Record<string, string>;
  stageIds: string[];
  interviews: { after: string; peer: string; before: string; cancelled: string; elsewhere: string };
  scorecards: { after: string; peer: string; before: string; cancelled: string };
  /** The kept outbox message (its subject holds CANARY.outboxSubject). */
  outboxMessageId: string;
  /** A valid unsubscribe token: the peer's scorecard reminders. */
  unsubscribeToken: string;
  /** The peer's open invitation to join and password-reset links (single-use; the matrix never uses them up). */
  invitationToken: string;
  resetToken: string;
  /** The peer's private calendar feed token (the address is /calendar/<token>.ics); only its hash is in the database. */
  calendarFeedToken: string;
};

/** The file, in the run's auth folder (playwright.config.ts sets E2E_AUTH_DIR), where the seed leaves MatrixSeed. */
export const MATRIX_SEED_FILE = "permission-matrix-seed.json";
