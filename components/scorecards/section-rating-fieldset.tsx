import { FieldError } from "@/components/ui/field-error";
import { checkboxClass } from "@/components/ui/form-styles";
import { LIMITS, RATING_LABELS, SCOPES, SCOPE_LABELS, type RatingValue, type SectionRatingInput } from "@/lib/scorecards/scorecard-content";
import { fieldKey, type ScorecardErrors } from "@/lib/scorecards/validate-scorecard";
import { domId, errorId } from "./field-ids";
import { pillClass, ScorecardTextArea } from "./scorecard-fields";

export type EditorSection = { id: string; name: string; staffCritical: boolean; items: { id: string; text: string }[] };

const RATING_OPTIONS: [RatingValue | "na", string, string][] = [
  [0, "0", RATING_LABELS[0]],
  [1, "1", RATING_LABELS[1]],
  [2, "2", RATING_LABELS[2]],
  ["na", "n/a", "Not assessed"],
];

type Props = {
  index: number;
  section: EditorSection;
  value: SectionRatingInput;
  errors: ScorecardErrors;
  onRating: (v: RatingValue | "na") => void;
  onChange: (patch: Partial<SectionRatingInput>) => void;
};

/** One focus section of the scorecard: the 0–2 rating (or not assessed), its evidence and scope, the items observed. */
export function SectionRatingFieldset({ index, section, value, errors, onRating, onChange }: Props) {
  const legendId = domId(`legend-${section.id}`);
  return (
    <fieldset
      data-section-index={index}
      data-section-id={section.id}
      className="panel scroll-mt-28 px-4 py-3 focus-within:border-brand-600 focus-within:ring-1 focus-within:ring-brand-600"
    >
      <legend id={legendId} className="flex items-center gap-2 px-1 font-semibold text-slate-900">
        {section.name}
        {section.staffCritical ? (
          <span className="shrink-0 whitespace-nowrap rounded-full bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-800">Staff-critical</span>
        ) : null}
      </legend>
      <RatingChoices sectionId={section.id} legendId={legendId} value={value} error={errors[fieldKey.rating(section.id)]} onRating={onRating} />
      <div className="mt-3">
        <ScorecardTextArea
          field={fieldKey.evidence(section.id)}
          label={
            <>
              Evidence<span className="sr-only"> for {section.name}</span>
              {value.rating === 0 || value.rating === 2 ? <span className="font-normal text-slate-500"> (required for a {value.rating})</span> : null}
            </>
          }
          value={value.evidence}
          rows={3}
          limit={LIMITS.evidence}
          placeholder="What did the candidate say or do? Concrete examples, numbers, scope."
          error={errors[fieldKey.evidence(section.id)]}
          onChange={(evidence) => onChange({ evidence })}
        />
      </div>
      <ScopeChoices section={section} value={value} error={errors[fieldKey.scope(section.id)]} onChange={onChange} />
      <ItemsObserved section={section} value={value} error={errors[fieldKey.items(section.id)]} onChange={onChange} />
    </fieldset>
  );
}

function RatingChoices({
  sectionId,
  legendId,
  value,
  error,
  onRating,
}: {
  sectionId: string;
  legendId: string;
  value: SectionRatingInput;
  error: string | undefined;
  onRating: (v: RatingValue | "na") => void;
}) {
  const ratingKey = fieldKey.rating(sectionId);
  const current = value.notAssessed ? "na" : value.rating === null ? null : String(value.rating);
  return (
    <>
      <div
        role="radiogroup"
        aria-labelledby={legendId}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId(ratingKey) : undefined}
        className="grid grid-cols-4 gap-1.5"
      >
        {RATING_OPTIONS.map(([v, short, long], i) => {
          const id = domId(`rating-${sectionId}-${v}`);
          const checked = current === String(v);
          return (
            <label
              key={String(v)}
              htmlFor={id}
              className={`relative flex cursor-pointer flex-col items-center rounded-lg border px-1 py-1.5 text-center has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
                checked ? "border-brand-600 bg-brand-50 text-brand-900" : "border-slate-200 hover:bg-slate-50"
              }`}
            >
              <input
                id={id}
                type="radio"
                name={`rating-${sectionId}`}
                value={String(v)}
                checked={checked}
                onChange={() => onRating(v)}
                data-rating-radio=""
                data-invalid={i === 0 && Boolean(error)}
                className="sr-only"
              />
              <span className="text-base font-semibold leading-tight">{short}</span>
              <span className="text-[11px] leading-tight text-slate-600">
                <span className="sr-only"> — </span>
                {v === "na" ? "Not assessed" : long.split(",")[0]}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId(ratingKey)} message={error} />
    </>
  );
}

/** What the scope choices and the items observed each get: the section, its rating so far, their error, the change. */
type PartProps = {
  section: EditorSection;
  value: SectionRatingInput;
  error: string | undefined;
  onChange: (patch: Partial<SectionRatingInput>) => void;
};

function ScopeChoices({ section, value, error, onChange }: PartProps) {
  const scopeKey = fieldKey.scope(section.id);
  return (
    <fieldset className="mt-2" aria-describedby={error ? errorId(scopeKey) : undefined}>
      <legend className="text-sm font-medium text-slate-700">
        Scope of the evidence<span className="sr-only"> for {section.name}</span>
      </legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {SCOPES.map((scope, i) => {
          const id = domId(`scope-${section.id}-${scope}`);
          return (
            <label key={scope} htmlFor={id} className={`${pillClass(value.scope === scope)} px-3 py-1`}>
              <input
                id={id}
                type="radio"
                name={`scope-${section.id}`}
                value={scope}
                checked={value.scope === scope}
                onChange={() => onChange({ scope })}
                aria-invalid={Boolean(error)}
                data-invalid={i === 0 && Boolean(error)}
                className="sr-only"
              />
              {SCOPE_LABELS[scope]}
            </label>
          );
        })}
      </div>
      <FieldError id={errorId(scopeKey)} message={error} />
    </fieldset>
  );
}

function ItemsObserved({ section, value, error, onChange }: PartProps) {
  if (section.items.length === 0) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        Items observed ({value.itemsObserved.length} of {section.items.length})<span className="sr-only"> for {section.name}</span>
      </summary>
      <ul className="mt-1 space-y-1">
        {section.items.map((item) => (
          <li key={item.id}>
            <label className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={value.itemsObserved.includes(item.id)}
                onChange={(e) =>
                  onChange({
                    itemsObserved: e.target.checked ? [...value.itemsObserved, item.id] : value.itemsObserved.filter((id) => id !== item.id),
                  })
                }
                className={`mt-1 shrink-0 ${checkboxClass}`}
              />
              {item.text}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={errorId(fieldKey.items(section.id))} message={error} />
    </details>
  );
}
