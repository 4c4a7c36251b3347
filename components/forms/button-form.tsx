'use client';

import type { ReactNode } from 'react';
import type { FormAction } from '@/lib/forms/result';
import { FormResult } from './form-result';
import { useActionForm } from './use-action-form';

/**
 * A small form of one or two buttons and hidden fields (remove, revoke, move, mark read), through the one form
 * hook: it posts without JavaScript too, and a refusal is shown beside the button. `confirm`, when given, is
 * asked before posting (with JavaScript).
 */
export function ButtonForm({
  action,
  fields,
  confirm,
  className,
  label,
  children,
}: {
  action: FormAction;
  fields?: Record<string, string | number>;
  confirm?: string;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  const f = useActionForm(action);
  return (
    <form
      {...f.formProps}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) return event.preventDefault();
        f.formProps.onSubmit(event);
      }}
      className={className}
      aria-label={label}
      aria-busy={f.pending || undefined}
    >
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <FormResult form={f} inline />
    </form>
  );
}
