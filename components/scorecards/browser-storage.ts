"use client";

import { useSyncExternalStore } from "react";

/** localStorage that never throws: storage can be full, disabled or blocked, and the form must keep working. */
export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();

export function writeStorage(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the server copy is the only copy; the status line still tells the truth.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
const subscribeNever = () => () => {};

/**
 * A stored value, read after hydration (the server render has no storage). `live` re-renders on this
 * page's own writes; otherwise the value is read afresh whenever the component renders.
 */
export function useStoredValue(key: string, { live }: { live: boolean }): string | null {
  return useSyncExternalStore(
    live ? subscribe : subscribeNever,
    () => readStorage(key),
    () => null,
  );
}
