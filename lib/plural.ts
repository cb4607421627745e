/** "1 red flag", "3 red flags", "0 items": a count with its noun, plural unless the count is one. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
