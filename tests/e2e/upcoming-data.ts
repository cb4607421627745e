/**
 * Upcoming Tester's interviews (upcoming@levelset.test), minutes from the e2e server's start, added by
 * scripts/e2e-server.ts for the "soonest first, by day" journey in tests/e2e/interviews.spec.ts. They are listed
 * out of order on purpose.
 */
export const E2E_UPCOMING_INTERVIEWS = [
  { candidate: "Uma Later", minutesFromNow: 4 * 24 * 60 },
  { candidate: "Ulf Soon", minutesFromNow: 40 },
  { candidate: "Una Nextday", minutesFromNow: 26 * 60 },
  { candidate: "Ugo Afternoon", minutesFromNow: 5 * 60 },
];

/** Wanda Quit has one upcoming interview with Withdraw Tester; the withdrawal journey (roles.spec.ts) withdraws her. */
export const E2E_WITHDRAWAL = {
  candidate: "Wanda Quit",
  interviewer: "withdraw@levelset.test",
  interviewerName: "Withdraw Tester",
  minutesFromNow: 3 * 24 * 60,
};

/**
 * The reminder journeys' data (tests/e2e/mail.spec.ts), added by scripts/e2e-server.ts on "Backend Engineer, Payments"
 * (its first stage, "System design"), each interviewer an e2e-only person nobody else signs in as.
 * Rosa Reminder's interview ended two hours before the server started, past the role's one-hour delay: the sender's
 * first tick writes her interviewer's first scorecard reminder. Remy Overdue's ended three weeks ago, long outside the
 * scheduler's window, so no scheduled reminder is ever written for it and the recruiter's "Remind now" is not held
 * back by one; it is the oldest overdue scorecard, first on the recruiter's to-do.
 */
export const E2E_REMINDERS = {
  stage: "System design",
  scheduled: {
    candidate: "Rosa Reminder",
    interviewer: { email: "reminder@levelset.test", name: "Reminder Tester" },
    minutesFromNow: -3 * 60,
  },
  remindNow: {
    candidate: "Remy Overdue",
    interviewer: { email: "overdue@levelset.test", name: "Overdue Tester" },
    minutesFromNow: -21 * 24 * 60,
  },
} as const;

/** An e2e-only role with more applications than one pipeline page holds (55 against 50), for the paging journey in roles.spec.ts. */
export const E2E_PAGED_ROLE = { title: "Paged Pipeline Role", applications: 55, namePrefix: "Page Tester" };

/**
 * The calendar feed journey (tests/e2e/calendar-feed.spec.ts): Feed Tester, an e2e-only interviewer nobody else signs in as,
 * with one upcoming interview (Fenna Feedwell, "System design" of "Backend Engineer, Payments") and the time zone below
 * saved on their profile, both added by scripts/e2e-server.ts.
 */
export const E2E_CALENDAR_FEED = {
  interviewer: { email: "feed@levelset.test", name: "Feed Tester" },
  candidate: "Fenna Feedwell",
  stage: "System design",
  role: "Backend Engineer, Payments",
  minutesFromNow: 2 * 24 * 60,
  timeZone: "Asia/Kolkata",
} as const;
