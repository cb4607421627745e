/**
 * Data only the role-lifecycle and candidate-edit journeys (tests/e2e/role-lifecycle.spec.ts, candidate-edit.spec.ts)
 * use, added by scripts/e2e-server.ts. No imports, so the e2e server loads it outside Next.js.
 *
 * The lifecycle role is its own: no other journey reads it, so closing it moves nobody else's home. Its hiring manager
 * and interviewer are e2e-only people (their names hold no word of a form label: they appear in people pickers); Lina Lifecycle is active with one interview three days ahead.
 */
export const E2E_LIFECYCLE = {
  role: "Lifecycle Closing Role",
  manager: { email: "lifecycle-hm@levelset.test", name: "Ilse Lifecycle" },
  interviewer: { email: "lifecycle-interviewer@levelset.test", name: "Ivo Lifecycle" },
  candidate: "Lina Lifecycle",
  interviewInDays: 3,
} as const;

/** Edda Editable (Backend Engineer, Payments) is edited by its hiring manager in candidate-edit.spec.ts; nobody else reads her. */
export const E2E_EDIT_CANDIDATE = {
  name: "Edda Editable",
  email: "edda.editable@example.com",
  role: "Backend Engineer, Payments",
  links: ["https://example.com/edda"],
  notes: "Edda prefers morning interviews.",
} as const;
