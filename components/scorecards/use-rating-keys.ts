"use client";

import { useRef, type KeyboardEvent } from "react";
import type { RatingValue } from "@/lib/scorecards/scorecard-content";
import { domId } from "./field-ids";

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit", "reset"].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

const RATING_KEYS = new Map<string, RatingValue | "na">([
  ["0", 0],
  ["1", 1],
  ["2", 2],
  ["n", "na"],
  ["N", "na"],
]);

/**
 * The scorecard's keyboard: 0 / 1 / 2 / n rate the focused section (outside text fields), j / k and
 * Alt+↓ / Alt+↑ (also from a text field) move between sections. Sections carry data-section-index and
 * data-section-id; their rating radios carry data-rating-radio.
 */
export function useRatingKeys({ sectionCount, onRate }: { sectionCount: number; onRate: (sectionId: string, value: RatingValue | "na") => void }) {
  const formRef = useRef<HTMLFormElement>(null);

  const focusSection = (index: number) => {
    const target = formRef.current?.querySelector<HTMLElement>(`[data-section-index="${index}"]`);
    if (!target) return;
    const radio =
      target.querySelector<HTMLInputElement>("input[data-rating-radio]:checked") ??
      target.querySelector<HTMLInputElement>("input[data-rating-radio]");
    radio?.focus();
    target.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    const sectionEl = target.closest<HTMLElement>("[data-section-index]");
    const index = sectionEl ? Number(sectionEl.dataset.sectionIndex) : -1;
    const last = sectionCount - 1;
    // Enter on a radio or checkbox would submit the whole form; keyboard users press it by habit.
    if (e.key === "Enter" && target instanceof HTMLInputElement) {
      e.preventDefault();
      return;
    }
    const move = (delta: 1 | -1) => {
      e.preventDefault();
      focusSection(index === -1 ? (delta === 1 ? 0 : last) : Math.min(last, Math.max(0, index + delta)));
    };
    if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      move(e.key === "ArrowDown" ? 1 : -1);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || isTextField(target)) return;
    if (e.key === "j" || e.key === "k") {
      move(e.key === "j" ? 1 : -1);
      return;
    }
    const sectionId = sectionEl?.dataset.sectionId;
    const value = RATING_KEYS.get(e.key);
    if (!sectionId || value === undefined) return;
    e.preventDefault();
    onRate(sectionId, value);
    document.getElementById(domId(`rating-${sectionId}-${value}`))?.focus();
  };

  return { formRef, onKeyDown };
}
