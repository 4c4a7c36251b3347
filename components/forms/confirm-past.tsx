/**
 * Shown once the server warned that a date is already past (its field error `confirmPast`): ticking it and
 * sending again sets the date anyway.
 */
export function ConfirmPast({ id, warning, label }: { id: string; warning?: string; label: string }) {
  if (!warning) return null;
  return (
    <p className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <input type="checkbox" id={id} name="confirmPast" className="mt-0.5 size-4" />
      <label htmlFor={id}>{label}</label>
    </p>
  );
}
