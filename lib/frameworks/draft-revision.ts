/**
 * The start of every "someone else saved this draft" refusal (lib/frameworks/update-framework-draft.ts); the
 * framework editor tells it from other refusals by it and shows the conflict banner. No "server-only": the editor
 * imports it.
 */
export const STALE_DRAFT_PREFIX = "This draft was changed by someone else";

/** Whether a refusal is the stale-draft one (someone else saved the draft after this editor last did). */
export const isStaleDraftRefusal = (result: { ok: false; code?: string; message: string }) =>
  result.code === "conflict" && result.message.startsWith(STALE_DRAFT_PREFIX);
