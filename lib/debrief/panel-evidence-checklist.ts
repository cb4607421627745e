/**
 * Which of the panel evidence design.md asks for (project deep-dives, a hard incident, cross-team
 * influence, raising others' quality) the submitted scorecards hold. Pure.
 *
 * The rule, shown in the UI as well: a rating counts towards an item when it sits in one of the
 * item's sections, has written evidence, and is either a 2 (strong evidence, repeated outcomes) or
 * a 1 or more whose evidence is scoped multi-team or org. Cross-team influence is about other teams,
 * so only multi-team or org evidence counts for it, whatever the rating. Project deep-dives need
 * two such ratings from two different interviewers (design.md asks for two to four); every other
 * item needs one. An item whose sections are not in the role's scorecard is "not tracked".
 *
 * Those two exceptions are data, not keys: a checklist item carries `required` (distinct interviewers,
 * default 1) and `broadScopeOnly`; the built-in list sets them on project deep-dives and cross-team
 * influence, so it gives the results it always gave. A framework version may bring its own list.
 */
import { PANEL_EVIDENCE_CHECKLIST } from "@/lib/frameworks/default-framework";
import type { PanelEvidenceContent } from "@/lib/frameworks/types";

export type ChecklistRating = {
  sectionKey: string;
  sectionName: string;
  interviewerId: string;
  interviewerName: string;
  rating: 0 | 1 | 2 | null;
  scope: "team" | "multi-team" | "org" | null;
  evidence: string;
};

export type ChecklistStatus = "collected" | "missing" | "not-tracked";

export type ChecklistItemResult = {
  key: string;
  label: string;
  description: string;
  status: ChecklistStatus;
  /** Distinct interviewers whose evidence counts; `required` of them make the item collected. */
  found: number;
  required: number;
  /** The sections of the item that are in play for the role. */
  trackedSections: string[];
  /** The ratings that count, strongest first. */
  support: { sectionName: string; interviewerName: string; rating: number; scope: ChecklistRating["scope"] }[];
};

export type ChecklistResult = {
  /** False when none of the checklist's sections are in play (a framework with other section keys). */
  tracked: boolean;
  items: ChecklistItemResult[];
};

export const CHECKLIST_RULE =
  "An item is collected when a rating in one of its sections has written evidence and is a 2, or is a 1 or more with evidence scoped multi-team or org. Cross-team influence counts only evidence scoped multi-team or org. Project deep-dives need this from two different interviewers; the other items from one.";

/** The rule for a framework's own checklist, whose items may ask for any number of interviewers or broad scope. */
export const CUSTOM_CHECKLIST_RULE =
  "An item is collected when a rating in one of its sections has written evidence and is a 2, or is a 1 or more with evidence scoped multi-team or org. Items marked as needing broad scope count only evidence scoped multi-team or org; each item says how many different interviewers it needs.";

/** The rule text that fits a checklist: the built-in one keeps its own wording. */
export function checklistRule(checklist: PanelEvidenceContent[] | undefined): string {
  if (checklist === undefined) return CHECKLIST_RULE;
  return JSON.stringify(checklist.map(ruleShape)) === JSON.stringify(PANEL_EVIDENCE_CHECKLIST.map(ruleShape))
    ? CHECKLIST_RULE
    : CUSTOM_CHECKLIST_RULE;
}

/** What the rule text depends on, in a fixed key order (a stored copy of the built-in list words it the same). */
function ruleShape(item: PanelEvidenceContent) {
  return [item.key ?? null, item.label, [...item.sectionKeys], item.required ?? 1, item.broadScopeOnly === true];
}

const isBroad = (scope: ChecklistRating["scope"]) => scope === "multi-team" || scope === "org";

export function countsAsEvidence(r: Pick<ChecklistRating, "rating" | "scope" | "evidence">, opts: { broadScopeOnly?: boolean } = {}): boolean {
  if (r.rating === null || r.rating < 1 || r.evidence.trim() === "") return false;
  if (opts.broadScopeOnly) return isBroad(r.scope);
  return r.rating === 2 || isBroad(r.scope);
}

export function panelEvidenceChecklist(
  sectionsInPlay: { key: string; name: string }[],
  ratings: ChecklistRating[],
  /** The framework version's checklist; absent means the built-in one. */
  checklist: PanelEvidenceContent[] = PANEL_EVIDENCE_CHECKLIST,
): ChecklistResult {
  const inPlay = new Map(sectionsInPlay.map((s) => [s.key, s.name]));
  const keys = checklistKeys(checklist);
  const items = checklist.map((item, index): ChecklistItemResult => {
    const tracked = item.sectionKeys.filter((key) => inPlay.has(key));
    const required = item.required ?? 1;
    const base = { key: keys[index] ?? `item-${index + 1}`, label: item.label, description: item.description, required };
    if (tracked.length === 0) return { ...base, status: "not-tracked", found: 0, trackedSections: [], support: [] };
    const support = ratings
      .filter((r) => tracked.includes(r.sectionKey) && countsAsEvidence(r, { broadScopeOnly: item.broadScopeOnly === true }))
      .sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0) || scopeRank(b.scope) - scopeRank(a.scope))
      .map((r) => ({
        sectionName: r.sectionName,
        interviewerName: r.interviewerName,
        interviewerId: r.interviewerId,
        rating: r.rating ?? 0,
        scope: r.scope,
      }));
    const found = new Set(support.map((s) => s.interviewerId)).size;
    return {
      ...base,
      status: found >= required ? "collected" : "missing",
      found,
      trackedSections: tracked.map((key) => inPlay.get(key) ?? key),
      support: support.map(({ interviewerId: _id, ...rest }) => rest),
    };
  });
  return { tracked: items.some((i) => i.status !== "not-tracked"), items };
}

function scopeRank(scope: ChecklistRating["scope"]): number {
  return scope === "org" ? 2 : scope === "multi-team" ? 1 : 0;
}

/** Each item's own key, or one made from its label ("One hard incident" → "one-hard-incident"), unique within the list. */
export function checklistKeys(checklist: PanelEvidenceContent[]): string[] {
  const used = new Set(checklist.flatMap((item) => (item.key === undefined ? [] : [item.key])));
  return checklist.map((item, index) => {
    if (item.key !== undefined) return item.key;
    const slug =
      item.label
        .normalize("NFKD")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 50)
        .replace(/-+$/, "") || `item-${index + 1}`;
    let key = slug;
    for (let n = 2; used.has(key); n++) key = `${slug}-${n}`;
    used.add(key);
    return key;
  });
}
