"use client";

import { startTransition, type ComponentProps } from "react";

/**
 * A form submitted by hand, never through the form's action (React would reset the fields and lose what was typed):
 * `onSubmit` gets the form's data and runs in a transition, so the action's pending state shows. The browser's own
 * validation stays off unless `noValidate={false}`: the server's messages are the ones shown.
 */
export function ActionForm({
  label,
  onSubmit,
  noValidate = true,
  ...props
}: Omit<ComponentProps<"form">, "onSubmit" | "aria-label"> & { label: string; onSubmit: (data: FormData) => void }) {
  return (
    <form
      {...props}
      noValidate={noValidate}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => onSubmit(data));
      }}
    />
  );
}
