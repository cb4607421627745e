/**
 * Recognising level names ("IC3", "L5", "D1 - Developer 1", "Level 4", "Senior Engineer",
 * "OSPO Engineer II", "Staff Engineer (expected)") and guessing which is Senior and which is Staff.
 * Linear, anchored regular expressions only.
 */

const CODE_LEVEL = /^(?:ic|l|d|e|m|p|t|sde|swe|eng|lvl)\s?-?\s?\d{1,2}(?:\b|$)/i;
const NUMBERED_LEVEL = /^level\s?\d{1,2}(?:\b|$)/i;
const ALL_LEVELS = /^all\s+levels$/i;
const LEVEL_WORD = /\b(?:junior|intern|graduate|associate|intermediate|mid|mid-level|senior|staff|principal|distinguished|fellow|lead)\b/i;
const ROLE_WORD = /\b(?:engineer|engineers|developer|developers|programmer|scientist|architect|manager|director)\b/i;
const ROMAN_OR_NUMBER_END = /\b(?:i|ii|iii|iv|v|vi|vii|\d{1,2})$/i;
const BARE_LEVEL = /^(?:junior|intermediate|mid-level|senior|staff|senior staff|principal|distinguished|fellow)$/i;

/** Strips a trailing "(expected)"-like note and surrounding spaces. */
function core(name: string): string {
  let text = name.trim();
  if (text.endsWith(")")) {
    const open = text.lastIndexOf("(");
    if (open > 0) text = text.slice(0, open).trim();
  }
  return text;
}

export function isLevelName(name: string): boolean {
  const text = core(name);
  if (text === "" || text.length > 80) return false;
  if (CODE_LEVEL.test(text) || NUMBERED_LEVEL.test(text) || ALL_LEVELS.test(text) || BARE_LEVEL.test(text)) return true;
  if (/\bvs\.?\b|\bversus\b/i.test(text)) return false;
  if (!ROLE_WORD.test(text)) return false;
  return LEVEL_WORD.test(text) || ROMAN_OR_NUMBER_END.test(text);
}

/** Guesses from the names; numbered ladders without words get the middle level and the next. */
export function guessSeniorStaff(levels: string[]): { senior?: string; staff?: string } {
  const candidates = levels.filter((l) => !ALL_LEVELS.test(l.trim()));
  const senior = candidates.find((l) => /\bsenior\b/i.test(l) && !/\bstaff\b/i.test(l));
  let staff = candidates.find((l) => /\bstaff\b/i.test(l) && !/\bsenior\b/i.test(l));
  if (senior !== undefined && staff === undefined) {
    const after = candidates.slice(candidates.indexOf(senior) + 1);
    staff = after.find((l) => /\bprincipal\b/i.test(l)) ?? after.find((l) => !/\bsenior\b/i.test(l));
  }
  if (senior !== undefined || staff !== undefined) return withDefined(senior, staff);
  // "IC1".."IC5", "D1".."D7", "Level 1".."Level 6": the middle of the first numbered family.
  const family = numberedFamily(candidates);
  if (family.length < 2) return {};
  const middle = Math.floor((family.length - 1) / 2);
  return withDefined(family[middle], family[middle + 1]);
}

function withDefined(senior: string | undefined, staff: string | undefined): { senior?: string; staff?: string } {
  return { ...(senior === undefined ? {} : { senior }), ...(staff === undefined ? {} : { staff }) };
}

function numberedFamily(levels: string[]): string[] {
  const prefix = (l: string) => /^[a-z]*/i.exec(l.trim())?.[0]?.toLowerCase() ?? "";
  const first = levels.find((l) => CODE_LEVEL.test(l.trim()) || NUMBERED_LEVEL.test(l.trim()));
  if (first === undefined) return [];
  const p = prefix(first);
  return levels.filter((l) => prefix(l) === p && (CODE_LEVEL.test(l.trim()) || NUMBERED_LEVEL.test(l.trim())));
}
