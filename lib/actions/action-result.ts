export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors; code?: string };

export const initialActionState = { ok: false, message: "" } as ActionResult<never>;
