import "server-only";
import { conflict } from "@/lib/errors";

/**
 * A closed role keeps its history readable and changes nothing that would rewrite it or grow it: no new candidates,
 * no new interviews, no plan or scorecard-settings edits. Work already in flight (scheduled interviews, scorecards,
 * debriefs and decisions, withdrawals) carries on. `what` finishes the sentence: "takes no new candidates".
 */
export function refuseIfClosed(role: { title: string; status: "open" | "closed" }, what: string): void {
  if (role.status !== "open") throw conflict(`${role.title} is closed, so it ${what}. Reopen the role on its pipeline page first.`);
}
