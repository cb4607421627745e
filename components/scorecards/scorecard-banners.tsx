/** An autosave the server refused or could not take; the text stays in the browser. */
export function SaveErrorBanner({ message }: { message: string }) {
  return (
    <p role="alert" data-testid="save-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

/** Everything a submit found wrong, listed once above the buttons (each field also shows its own message). */
export function FormErrorsBanner({ errors, mode }: { errors: [string, string][]; mode: "draft" | "amend" }) {
  return (
    <div role="alert" data-testid="form-errors" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">
        {errors.length === 1 ? "One thing needs attention" : `${errors.length} things need attention`} before{" "}
        {mode === "amend" ? "the amendment can be saved" : "you can submit"}:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map(([key, message]) => (
          <li key={key}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A submit that failed for a reason other than the fields (network, permission). */
export function ActionErrorBanner({ message }: { message: string }) {
  return (
    <p role="alert" data-testid="action-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
