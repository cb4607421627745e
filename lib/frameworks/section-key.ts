/** A section's key from its name, as the importer and the editor derive it (client-safe: no zod). */
import { FRAMEWORK_LIMITS } from "./framework-limits";

/** ASCII lowercase words joined by hyphens; accents are dropped, other scripts give "section". */
export function slugify(name: string): string {
  const ascii = name.normalize("NFKD").toLowerCase().split("c++").join("cpp").split("c#").join("csharp");
  let slug = "";
  let pendingHyphen = false;
  for (const c of ascii) {
    if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) {
      if (pendingHyphen && slug !== "") slug += "-";
      slug += c;
      pendingHyphen = false;
    } else if (c < "\u0300" || c > "\u036f") {
      pendingHyphen = true; // combining accents vanish; everything else separates words
    }
  }
  // Room for a "-99" suffix that keeps a repeated name's key unique.
  slug = slug.slice(0, FRAMEWORK_LIMITS.sectionKeyMax - 4);
  while (slug.endsWith("-")) slug = slug.slice(0, -1);
  return slug === "" ? "section" : slug;
}

/** `base`, or `base-2`, `base-3`… whichever `used` does not hold yet; the key returned is added to `used`. */
export function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}
