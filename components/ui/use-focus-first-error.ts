"use client";

import { useEffect, type RefObject } from "react";

const FOCUSABLE = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

/**
 * After a refused save, moves focus to the first field marked invalid (or into the first invalid group), and to
 * the form's message when no field is marked: focus never drops to the page body, and a keyboard user lands on
 * what to fix. Runs once per answer (`result` is the action's state object, new on every answer).
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, result: { ok: boolean; message?: string } | null | undefined) {
  useEffect(() => {
    if (!result || result.ok || !result.message) return;
    const root = form.current;
    if (!root) return;
    const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid?.matches(FOCUSABLE) ? invalid : (invalid?.querySelector<HTMLElement>(FOCUSABLE) ?? null);
    if (target) {
      target.focus();
      return;
    }
    const message = root.querySelector<HTMLElement>('[role="status"]');
    if (message) {
      message.tabIndex = -1;
      message.focus();
    }
  }, [form, result]);
}
