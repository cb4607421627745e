"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * Focus for a confirmation step that opens in place: when it opens, focus goes into it (`step`); when it closes
 * (cancelled or done), focus returns to the control that opened it (`opener`), never to the page body.
 */
export function useConfirmStepFocus(confirming: boolean, step: RefObject<HTMLElement | null>, opener: RefObject<HTMLElement | null>) {
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) step.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, step, opener]);
}
