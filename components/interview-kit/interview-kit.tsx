import type { InterviewKit as Kit, KitQuestion } from "@/lib/scorecards/load-interview-kit";
import { Badge } from "@/components/ui/badge";
import { SEVERITY_LABELS, SEVERITY_TONES } from "@/lib/frameworks/red-flag-severity";
import { BarGuidance, LevelReferences } from "@/components/frameworks/bar-guidance";

/** The interview kit, for reading during a live call: compact, printable, readable on a phone. */
export function InterviewKit({ kit }: { kit: Pick<Kit, "sections" | "otherQuestions" | "redFlags"> & Partial<Pick<Kit, "guidance">> }) {
  return (
    <article aria-label="Interview kit" className="space-y-4 text-[15px] leading-relaxed print:space-y-3 print:text-[11pt]">
      <nav aria-label="Kit sections" className="no-print flex flex-wrap gap-1.5 text-sm">
        {kit.sections.map((s) => (
          <a
            key={s.id}
            href={`#kit-${s.id}`}
            className="rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-slate-700 hover:border-brand-600"
          >
            {s.name}
          </a>
        ))}
        {kit.redFlags.length > 0 ? (
          <a href="#kit-red-flags" className="rounded-full border border-red-200 bg-white px-2.5 py-0.5 text-red-800 hover:border-red-400">
            Red flags
          </a>
        ) : null}
      </nav>

      {kit.guidance ? (
        <section aria-labelledby="kit-guidance-title" className="panel px-4 py-3 print:border-0 print:shadow-none">
          <h3 id="kit-guidance-title" className="font-semibold text-slate-900">
            The bar: what Senior and Staff look like
          </h3>
          <div className="mt-2">
            <BarGuidance guidance={kit.guidance} headingLevel={4} />
          </div>
        </section>
      ) : null}

      {kit.sections.map((section) => (
        <section
          key={section.id}
          id={`kit-${section.id}`}
          aria-labelledby={`kit-${section.id}-title`}
          className="panel scroll-mt-4 print:break-inside-avoid-page print:rounded-none print:border-0 print:border-t print:shadow-none"
        >
          <div className="border-b border-slate-100 px-4 py-2.5">
            <h3 id={`kit-${section.id}-title`} className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
              {section.name}
              {section.staffCritical ? <Badge tone="violet">Staff-critical</Badge> : null}
            </h3>
            {section.description ? <p className="mt-0.5 text-sm text-slate-600">{section.description}</p> : null}
          </div>
          <div className="space-y-3 px-4 py-3">
            {section.items.length > 0 ? (
              <div>
                <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Look for</h4>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
                  {section.items.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <Signals senior={section.seniorSignal} staff={section.staffSignal} label="Level signals" />
            {section.questions.length > 0 ? (
              <div>
                <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Questions</h4>
                <ol className="mt-1 space-y-3">
                  {section.questions.map((q, i) => (
                    <Question key={q.id} q={q} n={i + 1} />
                  ))}
                </ol>
              </div>
            ) : null}
            <LevelReferences references={section.levelReferences} />
          </div>
        </section>
      ))}

      {kit.otherQuestions.length > 0 ? (
        <section aria-labelledby="kit-other-title" className="panel px-4 py-3 print:border-0 print:shadow-none">
          <h3 id="kit-other-title" className="font-semibold">
            More questions for this stage
          </h3>
          <ol className="mt-2 space-y-3">
            {kit.otherQuestions.map((q, i) => (
              <Question key={q.id} q={q} n={i + 1} context={q.sectionName} />
            ))}
          </ol>
        </section>
      ) : null}

      {kit.redFlags.length > 0 ? (
        <section
          id="kit-red-flags"
          aria-labelledby="kit-red-flags-title"
          className="scroll-mt-4 rounded-xl border border-red-200 bg-white shadow-sm print:break-inside-avoid-page print:border-0 print:border-t print:shadow-none"
        >
          <h3 id="kit-red-flags-title" className="border-b border-red-100 px-4 py-2.5 font-semibold text-red-900">
            Red flags to watch
          </h3>
          <ul className="divide-y divide-slate-100 px-4">
            {kit.redFlags.map((f) => (
              <li key={f.id} className="py-2">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {f.title}
                  <Badge tone={SEVERITY_TONES[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge>
                  <span className="text-xs font-normal text-slate-500">{f.sectionName}</span>
                </p>
                {f.description ? <p className="text-sm text-slate-700">{f.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Question({ q, n, context }: { q: KitQuestion; n: number; context?: string }) {
  return (
    <li className="print:break-inside-avoid">
      <p className="font-medium text-slate-900">
        <span className="text-slate-500">Q{n}. </span>
        {q.prompt}
        {context ? <span className="ml-1 text-xs font-normal text-slate-500">({context})</span> : null}
      </p>
      <Signals senior={q.seniorSignal} staff={q.staffSignal} label="Answer signals" compact />
    </li>
  );
}

function Signals({ senior, staff, label, compact = false }: { senior: string; staff: string; label: string; compact?: boolean }) {
  if (!senior && !staff) return null;
  return (
    <dl aria-label={label} className={`grid gap-2 sm:grid-cols-2 print:grid-cols-2 ${compact ? "mt-1.5" : ""}`}>
      <div className="rounded-lg bg-sky-50 px-3 py-2 print:border print:border-slate-300 print:bg-white">
        <dt className="text-xs font-semibold uppercase tracking-wide text-sky-800">Senior signal</dt>
        <dd className="text-sm text-slate-800">{senior}</dd>
      </div>
      <div className="rounded-lg bg-violet-50 px-3 py-2 print:border print:border-slate-300 print:bg-white">
        <dt className="text-xs font-semibold uppercase tracking-wide text-violet-800">Staff signal</dt>
        <dd className="text-sm text-slate-800">{staff}</dd>
      </div>
    </dl>
  );
}
