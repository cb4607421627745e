import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { applyLevelMapping, parseFrameworkDocument, type ParsedDocument } from "@/lib/frameworks/parse-framework-document";
import type { FrameworkContent } from "@/lib/frameworks/types";

/** ../shared/fixtures/frameworks beside the repository (CI clones it there; a worktree has it one level further up). */
function fixturesDir(): string {
  for (const up of ["../shared", "../../shared"]) {
    const dir = path.resolve(process.cwd(), up, "fixtures/frameworks");
    if (existsSync(dir)) return dir;
  }
  throw new Error("The framework fixtures were not found in ../shared/fixtures/frameworks next to the repository.");
}

export function readFixture(name: string): { text: string; fileName: string } {
  return { text: readFileSync(path.join(fixturesDir(), name), "utf8"), fileName: name };
}

export function parseFixture(name: string): ParsedDocument {
  const { text, fileName } = readFixture(name);
  return parseFrameworkDocument(text, { fileName });
}

/** Text a reader would never see in a ladder: Markdown or HTML syntax, task boxes, YAML keys. */
const RESIDUE = [/\*\*/, /__/, /<\/?[a-z][^>]*>/i, /\[[ xX]\]/, /\]\(/, /^\s*[-*+]\s/, /^#+\s/, /\|/, /^\w+:\s*$/, /&[a-z]+;/];

export function expectNoResidue(content: FrameworkContent | ParsedDocument) {
  const texts: string[] = [];
  for (const s of content.sections) {
    texts.push(s.name, s.description, ...s.items, s.seniorSignal, s.staffSignal);
    if ("levelReferences" in s) for (const r of s.levelReferences ?? []) texts.push(r.text);
  }
  for (const text of texts) for (const pattern of RESIDUE) expect(text, `"${text}" matches ${pattern}`).not.toMatch(pattern);
}

export function mapped(parsed: ParsedDocument, options: { pivot?: boolean } = {}): FrameworkContent {
  return applyLevelMapping(parsed, {
    ...(parsed.guessedSenior === undefined ? {} : { senior: parsed.guessedSenior }),
    ...(parsed.guessedStaff === undefined ? {} : { staff: parsed.guessedStaff }),
    ...(options.pivot === undefined ? {} : { pivot: options.pivot }),
  });
}

export function section<T extends { name: string }>(content: { sections: T[] }, name: string): T {
  const found = content.sections.find((s) => s.name === name);
  if (found === undefined) throw new Error(`No section "${name}" in ${content.sections.map((s) => s.name).join(", ")}`);
  return found;
}
