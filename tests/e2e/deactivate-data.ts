/**
 * The deactivation journey's own people and interviews (tests/e2e/deactivate.spec.ts), added by scripts/e2e-server.ts
 * on "Backend Engineer, Payments": both people join the interviewer pool of its first stage, "System design", and
 * nobody else signs in as them. Dana Departing is deactivated; she has two upcoming interviews there, Cyrus Calloff's
 * (cancelled in the journey) and Rafe Reassign's (handed to Reed Takeover). Reed already has Bea Busyslot's
 * interview overlapping Cyrus's, so choosing Reed for Cyrus is refused.
 */
export const E2E_DEACTIVATION = {
  role: "Backend Engineer, Payments",
  stage: "System design",
  leaver: { email: "deactivate-leaver@levelset.test", name: "Dana Departing", level: "senior" },
  takeover: { email: "deactivate-takeover@levelset.test", name: "Reed Takeover", level: "staff" },
  interviews: [
    { candidate: "Cyrus Calloff", by: "leaver", minutesFromNow: 5 * 24 * 60 },
    { candidate: "Rafe Reassign", by: "leaver", minutesFromNow: 6 * 24 * 60 },
    { candidate: "Bea Busyslot", by: "takeover", minutesFromNow: 5 * 24 * 60 + 30 },
  ],
} as const;
