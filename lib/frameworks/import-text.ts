/**
 * Checks on an uploaded or pasted import file, shared by the browser (before anything is sent)
 * and the server (which never trusts the browser). No dependencies: client bundles import it.
 */

/** The largest Markdown or JSON file an import accepts. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooLargeMessage(bytes: number): string {
  return `The file is ${formatBytes(bytes)}; Levelset imports files up to ${formatBytes(IMPORT_MAX_BYTES)}. Split it into smaller files or remove what is not a checklist, then try again.`;
}

export const BINARY_MESSAGE =
  "This file is not text: it looks like a binary file (an image, a PDF, a Word document or an archive). Export or save it as Markdown (.md) or JSON (.json) and try again.";

export const EMPTY_MESSAGE = "The file is empty. Choose a file with the checklist in it, or paste the text.";

/** UTF-8 length of a string without allocating a copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why this text cannot be imported, or null. NUL bytes or U+FFFD (what a decoder puts for bytes that are not UTF-8) mean binary. */
export function importTextProblem(text: string): string | null {
  if (text.length > IMPORT_MAX_BYTES || utf8Length(text) > IMPORT_MAX_BYTES) return tooLargeMessage(utf8Length(text));
  if (text.includes("\u0000") || text.includes("\uFFFD")) return BINARY_MESSAGE;
  if (text.trim() === "") return EMPTY_MESSAGE;
  return null;
}

/** In the browser: reads a chosen file as UTF-8 text, or says why it cannot be imported. */
export async function readImportFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, message: tooLargeMessage(file.size) };
  if (file.size === 0) return { ok: false, message: EMPTY_MESSAGE };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) return { ok: false, message: BINARY_MESSAGE };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: BINARY_MESSAGE };
  }
  const problem = importTextProblem(text);
  return problem === null ? { ok: true, text } : { ok: false, message: problem };
}
