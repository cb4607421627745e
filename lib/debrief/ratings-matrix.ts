/** The debrief's sections × interviewers grid. Pure: built from the loaded rows, independent of the engine's verdict. */
import { median } from "@/lib/calibration";

export type MatrixColumn = { scorecardId: string; interviewerId: string; interviewerName: string; interviewerLevel: string; stageName: string };

/** "rated" with a number; "not-assessed" when the interviewer marked it so; "absent" when the scorecard has no entry. */
export type MatrixCell =
  { kind: "rated"; rating: 0 | 1 | 2; scope: "team" | "multi-team" | "org" | null } | { kind: "not-assessed" } | { kind: "absent" };

export type MatrixRow = {
  sectionId: string;
  name: string;
  staffCritical: boolean;
  cells: MatrixCell[];
  median: number | null;
  raters: number;
  /** One interviewer gave 0 and another 2. */
  disagreement: boolean;
  scopes: ("team" | "multi-team" | "org")[];
};

type RatingInput = {
  scorecardId: string;
  sectionId: string;
  rating: 0 | 1 | 2 | null;
  notAssessed: boolean;
  scope: "team" | "multi-team" | "org" | null;
};

const SCOPES = ["team", "multi-team", "org"] as const;

export function buildRatingsMatrix(
  sections: { id: string; name: string; staffCritical: boolean }[],
  columns: MatrixColumn[],
  ratings: RatingInput[],
): MatrixRow[] {
  const byKey = new Map(ratings.map((r) => [`${r.scorecardId}:${r.sectionId}`, r]));
  return sections.map((section) => {
    const cells = columns.map((col): MatrixCell => {
      const r = byKey.get(`${col.scorecardId}:${section.id}`);
      if (!r) return { kind: "absent" };
      if (r.rating === null) return r.notAssessed ? { kind: "not-assessed" } : { kind: "absent" };
      return { kind: "rated", rating: r.rating, scope: r.scope };
    });
    const rated = cells.flatMap((c) => (c.kind === "rated" ? [c] : []));
    const values = rated.map((c) => c.rating);
    const raters = new Set(columns.flatMap((col, i) => (cells[i]?.kind === "rated" ? [col.interviewerId] : [])));
    return {
      sectionId: section.id,
      name: section.name,
      staffCritical: section.staffCritical,
      cells,
      median: median(values),
      raters: raters.size,
      disagreement: values.includes(0) && values.includes(2),
      scopes: SCOPES.filter((s) => rated.some((c) => c.scope === s)),
    };
  });
}

/**
 * Short column names for the phone view of the matrix: each interviewer's initials (first and last name), with a
 * number after a repeat so two "AC"s stay apart ("AC", "AC2"). A one-word name gives its first two letters.
 */
export function interviewerAbbreviations(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const words = name
      .trim()
      .split(/\s+/)
      .filter((w) => w !== "");
    const first = words[0] ?? "";
    const last = words.length > 1 ? (words[words.length - 1] ?? "") : "";
    const base =
      (last === "" ? Array.from(first).slice(0, 2).join("") : `${Array.from(first)[0] ?? ""}${Array.from(last)[0] ?? ""}`).toUpperCase() || "?";
    let short = base;
    for (let n = 2; used.has(short); n++) short = `${base}${n}`;
    used.add(short);
    return short;
  });
}
