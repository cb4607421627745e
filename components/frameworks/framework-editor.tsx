"use client";

import { startTransition, useEffect, useEffectEvent, useMemo, useState } from "react";
import { useFormAction } from "@/lib/actions/use-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { FRAMEWORK_LIMITS as L } from "@/lib/frameworks/framework-limits";
import { publishWarnings } from "@/lib/frameworks/publish-warnings";
import type { FrameworkContent, PanelEvidenceContent } from "@/lib/frameworks/types";
import { isStaleDraftRefusal as isStale } from "@/lib/frameworks/draft-revision";
import { exportFrameworkJson } from "@/lib/frameworks/framework-json";
import { ConflictBanner } from "@/components/ui/conflict-banner";
import { useFocusLater } from "@/components/ui/use-focus-later";
import { TextArea, TextInput } from "./editor-fields";
import {
  fieldIds,
  mapFieldErrors,
  move,
  newSection,
  sectionLabel,
  toContent,
  toEditorDoc,
  type EditorDoc,
  type EditorErrors,
  type EditorSection,
} from "./editor-model";
import { secondaryButton } from "@/components/ui/form-styles";
import { DiscardConfirm, EditorActionBar, PublishConfirm } from "./editor-actions";
import { EvidenceChecklistEditor } from "./evidence-checklist-editor";
import { GuidanceEditor } from "./guidance-editor";
import { SectionEditor } from "./section-editor";
import { useDragReorder } from "./use-drag-reorder";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";

type SaveAction = (
  prev: unknown,
  payload: { versionId: string; revision: number; content: FrameworkContent },
) => Promise<ActionResult<{ version: number; revision: number; savedAt: string }>>;
type VersionAction = (prev: unknown, payload: { versionId: string; revision: number }) => Promise<ActionResult<unknown>>;

type Outcome = { tone: "idle" | "success" | "error"; message: string };

const IDLE: Outcome = { tone: "idle", message: "" };

/**
 * The draft editor: the whole framework in state, an explicit Save (nothing autosaves), field
 * errors from the server shown beside their fields, unsaved edits kept when a save fails. Every save, publish and
 * discard names the draft revision this editor last saw; when someone else saved in between, the server refuses and
 * the conflict banner stops saving, offers Reload and a copy of these edits as framework JSON (importable).
 */
export function FrameworkEditor({
  versionId,
  version,
  revision: loadedRevision,
  initialContent,
  saveAction,
  publishAction,
  discardAction,
  discardDeletesFramework,
  builtInChecklist,
}: {
  versionId: string;
  version: number;
  /** The draft's revision when the page was rendered. */
  revision: number;
  initialContent: FrameworkContent;
  saveAction: SaveAction;
  publishAction: VersionAction;
  discardAction: VersionAction;
  /** True when this draft is the framework's only version. */
  discardDeletesFramework: boolean;
  /** The checklist a framework without its own uses (passed in so the client bundle does not carry the default framework). */
  builtInChecklist: PanelEvidenceContent[];
}) {
  const [doc, setDoc] = useState<EditorDoc>(() => toEditorDoc(initialContent));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initialContent));
  const [errors, setErrors] = useState<EditorErrors>({});
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(initialContent.sections.length <= 2 ? initialContent.sections.map((_, i) => `s${i}`) : []),
  );
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState<"publish" | "discard" | null>(null);
  // The revision the next save names; once someone else's save is found, `stale` holds the server's words.
  const [revision, setRevision] = useState(loadedRevision);
  const [stale, setStale] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [reloading, setReloading] = useState(false);
  const dnd = useDragReorder();

  const content = useMemo(() => toContent(doc), [doc]);
  const dirty = useMemo(() => JSON.stringify(content) !== savedJson, [content, savedJson]);

  // Focus requests from moves, adds and removes are honoured after the render that moved the row.
  const focusLater = useFocusLater();
  const announce = (message: string) => setAnnouncement(message);
  const showStale = (message: string) => {
    setStale(message);
    focusLater("draft-conflict");
  };

  // What a save's answer does to the editor; a network failure (nothing reached the server) goes the same way.
  const answerSave = (result: Awaited<ReturnType<SaveAction>>, sent: EditorDoc): Outcome => {
    if (result.ok) {
      setSavedJson(JSON.stringify(toContent(sent)));
      setRevision(result.data.revision);
      setErrors({});
      return { tone: "success", message: `Draft v${version} saved. Publish it when it is ready for roles to use.` };
    }
    if (isStale(result)) {
      showStale(result.message);
      return IDLE;
    }
    const mapped = mapFieldErrors(result.fieldErrors, sent);
    setErrors(mapped.errors);
    if (mapped.sectionsToOpen.length > 0) setOpen((prev) => new Set([...prev, ...mapped.sectionsToOpen]));
    const count = Object.keys(mapped.errors).length;
    if (count === 0) return { tone: "error", message: result.message };
    focusLater("editor-errors");
    return { tone: "error", message: `Nothing was saved: ${count} field${count === 1 ? " needs" : "s need"} attention. Your edits are still here.` };
  };
  const [saveOutcome, dispatchSave, saving] = useFormAction<Outcome, EditorDoc>(
    async (_prev, sent) => answerSave(await saveAction(null, { versionId, revision, content: toContent(sent) }), sent),
    IDLE,
    (failure, _prev, sent) => answerSave(failure, sent),
  );

  const answerVersionAction = (result: Awaited<ReturnType<VersionAction>>): Outcome => {
    if (result.ok) return IDLE; // both redirect on success
    if (isStale(result)) {
      setConfirming(null);
      showStale(result.message);
      return IDLE;
    }
    const mapped = mapFieldErrors(result.fieldErrors, doc);
    setErrors(mapped.errors);
    if (mapped.sectionsToOpen.length > 0) setOpen((prev) => new Set([...prev, ...mapped.sectionsToOpen]));
    setConfirming(null);
    return { tone: "error", message: result.message };
  };
  const [versionOutcome, dispatchVersionAction, versionPending] = useFormAction<Outcome, "publish" | "discard">(
    async (_prev, which) => answerVersionAction(await (which === "publish" ? publishAction : discardAction)(null, { versionId, revision })),
    IDLE,
    (failure) => answerVersionAction(failure),
  );

  const copyEdits = async () => {
    try {
      await navigator.clipboard.writeText(exportFrameworkJson(content));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  // Reload after a conflict is the person's own choice (the banner says the edits go): no leave prompt for it.
  useEffect(() => {
    if (reloading) window.location.reload();
  }, [reloading]);

  const save = () => {
    if (stale !== null) return;
    setConfirming(null);
    startTransition(() => dispatchSave(doc));
  };
  // The listener is attached once and always saves the latest document.
  const saveFromShortcut = useEffectEvent(save);

  // Ctrl/Cmd+S saves; leaving with unsaved edits asks first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        saveFromShortcut();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  useLeaveGuard(dirty && !reloading, "This draft has unsaved changes. Leave without saving them?");

  // Sections ------------------------------------------------------------------
  const updateSection = (uid: string, update: (s: EditorSection) => EditorSection) =>
    setDoc((d) => ({ ...d, sections: d.sections.map((s) => (s.uid === uid ? update(s) : s)) }));
  const moveSection = (from: number, to: number, focusId?: string) => {
    const section = doc.sections[from];
    if (!section || to < 0 || to >= doc.sections.length) return;
    setDoc((d) => ({ ...d, sections: move(d.sections, from, to) }));
    announce(`${sectionLabel(section, from)} moved to position ${to + 1} of ${doc.sections.length}.`);
    if (focusId) focusLater(focusId);
  };
  const addSection = () => {
    const section = newSection(doc.sections.map((s) => s.key));
    setDoc((d) => ({ ...d, sections: [...d.sections, section] }));
    setOpen((prev) => new Set([...prev, section.uid]));
    focusLater(fieldIds.section(section.uid, "name"));
  };
  const removeSection = (index: number) => {
    const section = doc.sections[index];
    if (!section) return;
    setDoc((d) => ({ ...d, sections: d.sections.filter((s) => s.uid !== section.uid) }));
    announce(`Removed ${sectionLabel(section, index)}. It is gone once you save; reload the page without saving to get it back.`);
    const neighbour = doc.sections[index + 1] ?? doc.sections[index - 1];
    focusLater(neighbour ? `${neighbour.uid}-up` : "add-section");
  };
  const toggle = (uid: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(uid)) next.delete(uid);
      else next.add(uid);
      return next;
    });

  const errorList = Object.entries(errors);
  const warnings = confirming === "publish" ? publishWarnings(content) : [];
  // After a conflict nothing more is sent: Save, Publish and Discard wait for a reload.
  const busy = saving || versionPending || stale !== null;

  return (
    <div className="space-y-6 pb-4">
      <p aria-live="polite" className="sr-only" data-testid="editor-announcement">
        {announcement}
      </p>

      {stale !== null ? (
        <ConflictBanner
          id="draft-conflict"
          title="Someone else saved this draft while you were editing it."
          message={stale}
          copyLabel="Copy my edits as JSON"
          copied={copied}
          onReload={() => setReloading(true)}
          onCopy={() => void copyEdits()}
        />
      ) : null}

      {errorList.length > 0 ? (
        <div
          id="editor-errors"
          tabIndex={-1}
          className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
          data-testid="editor-errors"
        >
          <p className="font-medium">
            {errorList.length === 1 ? "One field needs" : `${errorList.length} fields need`} attention before this draft can be saved:
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {errorList.slice(0, 10).map(([id, message]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="underline"
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="framework-details-heading" className="panel p-4 sm:p-5">
        <h2 id="framework-details-heading" className="font-semibold">
          Framework
        </h2>
        <div className="mt-3 space-y-4">
          <TextInput
            id={fieldIds.name}
            label="Framework name"
            value={doc.name}
            onChange={(name) => setDoc((d) => ({ ...d, name }))}
            error={errors[fieldIds.name]}
            maxLength={L.nameMax}
          />
          <TextArea
            id={fieldIds.description}
            label="Framework description"
            value={doc.description}
            onChange={(description) => setDoc((d) => ({ ...d, description }))}
            error={errors[fieldIds.description]}
            maxLength={L.descriptionMax}
            rows={3}
          />
        </div>
      </section>

      <GuidanceEditor
        guidance={doc.guidance}
        errors={errors}
        onChange={(update) => setDoc((d) => ({ ...d, guidance: update(d.guidance) }))}
        focusLater={focusLater}
        announce={announce}
      />

      <section aria-labelledby="sections-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id="sections-heading" className="font-semibold">
              Sections <span className="font-normal text-slate-500">({doc.sections.length})</span>
            </h2>
            <p className="text-sm text-slate-500">Reorder with the arrow buttons or by dragging the ⠿ handle.</p>
          </div>
          <div className="flex gap-2">
            <button type="button" className={secondaryButton} onClick={() => setOpen(new Set(doc.sections.map((s) => s.uid)))}>
              Expand all
            </button>
            <button type="button" className={secondaryButton} onClick={() => setOpen(new Set())}>
              Collapse all
            </button>
          </div>
        </div>
        {errors[fieldIds.sections] ? (
          <p id={fieldIds.sections} tabIndex={-1} className="text-sm text-red-700">
            {errors[fieldIds.sections]}
          </p>
        ) : null}
        {doc.sections.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
            No sections yet. Add the first competency this framework assesses.
          </p>
        ) : null}
        <ol className="space-y-3" aria-label="Sections">
          {doc.sections.map((section, index) => (
            <SectionEditor
              key={section.uid}
              section={section}
              index={index}
              count={doc.sections.length}
              open={open.has(section.uid)}
              errors={errors}
              otherKeys={doc.sections.filter((s) => s.uid !== section.uid).map((s) => s.key)}
              dnd={dnd}
              onToggle={() => toggle(section.uid)}
              onChange={(update) => updateSection(section.uid, update)}
              onMove={(to, focusId) => moveSection(index, to, focusId)}
              onDrop={(from, to) => moveSection(from, to)}
              onRemove={() => removeSection(index)}
              focusLater={focusLater}
              announce={announce}
            />
          ))}
        </ol>
        <button id="add-section" type="button" className={secondaryButton} onClick={addSection} disabled={doc.sections.length >= L.sectionsMax}>
          Add section
        </button>
      </section>

      <EvidenceChecklistEditor
        checklist={doc.checklist}
        builtIn={builtInChecklist}
        sections={doc.sections}
        errors={errors}
        onChange={(update) => setDoc((d) => ({ ...d, checklist: update(d.checklist) }))}
        focusLater={focusLater}
        announce={announce}
      />

      {confirming === "publish" ? (
        <PublishConfirm
          version={version}
          warnings={warnings}
          busy={busy}
          pending={versionPending}
          onConfirm={() => startTransition(() => dispatchVersionAction("publish"))}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {confirming === "discard" ? (
        <DiscardConfirm
          version={version}
          deletesFramework={discardDeletesFramework}
          busy={busy}
          pending={versionPending}
          onConfirm={() => startTransition(() => dispatchVersionAction("discard"))}
          onCancel={() => setConfirming(null)}
        />
      ) : null}

      <EditorActionBar
        saveOutcome={saveOutcome}
        versionOutcome={versionOutcome}
        busy={busy}
        dirty={dirty}
        saving={saving}
        onSave={save}
        onPublish={() => setConfirming("publish")}
        onDiscard={() => setConfirming("discard")}
      />
    </div>
  );
}
