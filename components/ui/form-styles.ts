/**
 * Class names shared by every form, so inputs and buttons look and focus the same everywhere. Each is one
 * component class in app/globals.css (its utilities listed there), so a page carries a short name per control;
 * a caller's extra utilities still win over it.
 */
export const inputClass = "field-input";
export const labelClass = "field-label";
export const hintClass = "field-hint";
export const checkboxClass = "field-check";
export const primaryButton = "btn-primary";
export const secondaryButton = "btn-secondary";
export const dangerButton = "btn-danger";
export const iconButton = "btn-icon";
/** A link that looks like the primary button. */
export const linkButton = "btn-primary";
export const fieldsetClass = "field-set";
export const legendClass = "field-legend";
