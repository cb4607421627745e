import fc from "fast-check";

/** Marks a field the payload leaves out entirely. */
export const OMIT = Symbol("omit");

/** Characters that break naive text handling: NUL, lone surrogates, bidi overrides/isolates, RLM, BOM, emoji, combining marks, RTL. */
export const SPECIAL_TEXT = [
  "\u0000",
  "\uD800",
  "\uDFFF",
  "\u202E",
  "\u202A",
  "\u2066",
  "\u2069",
  "\u200F",
  "\uFEFF",
  "\u200B",
  "👩🏽‍💻",
  "🏳️‍🌈",
  "e\u0301\u0301\u0301",
  "Z̷̧̛a̸l̶g̵o̴",
  "مرحبا بالعالم",
  "שלום",
  "\r\n",
  "\n",
  "\t",
  "   ",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  "${process.env}",
  "undefined",
  "__proto__",
  "../../etc/passwd",
  "%00",
  "\\",
] as const;

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Any sequence of UTF-16 code units (so lone surrogates too), joined edge cases, plain words, or 100k-character strings. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: utf16Unit, maxLength: 40 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom<string>(...SPECIAL_TEXT, "Ada", "a", " ", "x@y.z"), { maxLength: 8 }).map((p) => p.join("")) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("Alpha stage", "A plausible reason text", "Backend"), fc.constantFrom<string>(...SPECIAL_TEXT))
      .map(([a, b]) => `${a}${b}${a}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("x".repeat(100_000), "é".repeat(100_000), "\u202E".repeat(100_000), "a\u0000".repeat(50_000), "👩🏽‍💻".repeat(15_000)),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0.5, 1.5, -0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 5e-324),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
);

/** A value of the wrong kind for almost any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.array(fc.oneof(hostileText, hostileNumber, fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom("a", "id", "toString", "length"), fc.oneof(hostileText, hostileNumber), { maxKeys: 3 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}') as unknown),
  fc.anything({ maxDepth: 2 }),
);

/** The plausible value nearly always, a hostile one (or none) now and then: for fields nested in lists and records. */
export function field(plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 60, arbitrary: plausible },
    { weight: 1, arbitrary: hostileText },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(OMIT) },
  );
}

const corruption: fc.Arbitrary<unknown> = fc.oneof(hostileText, wrongType, fc.constant(OMIT));

/**
 * A payload object from per-field arbitraries with up to two top-level fields corrupted (wrong type, hostile
 * text, left out), so most payloads get past zod and reach the domain; now and then not an object at all.
 */
export function payload(
  fields: Record<string, fc.Arbitrary<unknown>>,
  /** Makes the plausible record consistent (cross-field rules) before any corruption. */
  coherent: (record: Record<string, unknown>) => Record<string, unknown> = (r) => r,
): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  const record = fc
    .tuple(fc.record(fields), fc.array(fc.tuple(fc.noBias(fc.nat({ max: keys.length })), corruption), { maxLength: 2 }), fc.noBias(fc.nat(2)))
    .map(([r, corruptions, keep]) => {
      const out: Record<string, unknown> = coherent({ ...r });
      // a third of the payloads keep every field plausible (hostile text still rides in the text fields)
      if (keep > 0) for (const [i, v] of corruptions) out[keys[i] ?? "unexpectedField"] = v;
      for (const k of Object.keys(out)) if (out[k] === OMIT) delete out[k];
      return out;
    });
  return fc.oneof({ weight: 15, arbitrary: record }, { weight: 1, arbitrary: wrongType });
}

/** An id: one of `own` (the right kind), any real id of anything in the database, a random UUID, or hostile text. */
export function idFrom(own: readonly string[], all: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: own.length ? fc.constantFrom(...own) : fc.uuid() },
    { weight: 2, arbitrary: all.length ? fc.constantFrom(...all) : fc.uuid() },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileText },
  );
}

/** A list of ids drawn the same way. */
export function idsFrom(own: readonly string[], all: readonly string[], maxLength = 6): fc.Arbitrary<string[]> {
  return fc.array(idFrom(own, all), { maxLength });
}

/** Extra form field names that must never reach an object's prototype. */
export const hostileFieldName = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "__proto__[]",
  "constructor[]",
  "$ACTION_ID_abc",
  "x[]",
  "toString",
);
