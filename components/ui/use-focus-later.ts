"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Focus requests from moves, adds and removes, honoured after the render that made them: the returned function
 * names the element (by id) that should take focus once the list has re-rendered.
 */
export function useFocusLater(): (id: string) => void {
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });
  return useCallback((id: string) => {
    pendingFocus.current = id;
  }, []);
}
