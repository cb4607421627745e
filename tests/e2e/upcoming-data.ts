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

/** An e2e-only role with more applications than one pipeline page holds (55 against 50), for the paging journey in roles.spec.ts. */
export const E2E_PAGED_ROLE = { title: "Paged Pipeline Role", applications: 55, namePrefix: "Page Tester" };
