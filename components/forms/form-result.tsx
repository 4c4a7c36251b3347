import { FormMessage } from '@/components/ui/field';

/**
 * The answer of a form's action, shown the same way by every form (a refusal as role=alert, a confirmation as
 * role=status), the small one-button forms too. Takes the `ok` and `message` of `useActionForm`.
 */
export function FormResult({ form, inline }: { form: { ok: boolean; message?: string }; inline?: boolean }) {
  if (!form.message) return null;
  if (!inline) return <FormMessage ok={form.ok} message={form.message} />;
  return (
    <span
      role={form.ok ? 'status' : 'alert'}
      data-form-result
      className={`text-sm ${form.ok ? 'text-emerald-800' : 'text-red-800'}`}
    >
      {form.message}
    </span>
  );
}
