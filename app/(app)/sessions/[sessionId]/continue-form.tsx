'use client';

import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass } from '@/components/ui/field';
import { continueDirectiveAction } from './directives/actions';

const continueDirectiveSchema: SchemaLoader = () =>
  import('@/lib/directives/schemas').then((m) => m.continueDirectiveSchema);

/** Continue one earlier directive in this session, carrying its open tasks over unless unticked (decision 036). */
export function ContinueForm({
  sessionId,
  directiveId,
  labels,
}: {
  sessionId: number;
  directiveId: number;
  labels: { continue: string; carryTasks: string; confirm: string };
}) {
  const f = useActionForm(continueDirectiveAction, { schema: continueDirectiveSchema });
  return (
    <form
      {...f.formProps}
      onSubmit={(e) => {
        if (!window.confirm(labels.confirm)) return e.preventDefault();
        f.formProps.onSubmit(e);
      }}
      className="mt-2 space-y-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="earlierDirectiveId" value={directiveId} />
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" name="carryTasks" defaultChecked className="mt-1" />
        <span>{labels.carryTasks}</span>
      </label>
      <button
        type="submit"
        className={buttonClass.secondary}
        disabled={f.pending}
        aria-describedby={`carry-${directiveId}`}
      >
        {labels.continue}
      </button>
      <FormResult form={f} />
    </form>
  );
}
