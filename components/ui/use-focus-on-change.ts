"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * Moves focus to `target` whenever `key` changes after the first render: after a panel opens or closes, or a list
 * row changes, focus lands where the person's attention should go instead of dropping to the page body.
 * The element must be focusable (a control, or tabIndex={-1}).
 */
export function useFocusOnChange(target: RefObject<HTMLElement | null>, key: unknown, enabled = true) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (enabled) target.current?.focus();
  }, [key, target, enabled]);
}
