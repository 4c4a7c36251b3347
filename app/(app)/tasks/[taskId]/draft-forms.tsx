'use client';

import { useState } from 'react';
import { ButtonForm } from '@/components/forms/button-form';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { DraftFormMessages, TaskFormMessages } from './form-messages';
import { createDraftAction, discardDraftAction, submitDraftAction } from './actions';

const submitDraftSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.submitDraftSchema);
const taskDraftSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.taskDraftSchema);

type P = DraftFormMessages;
type T = TaskFormMessages;

/**
 * "Soạn báo cáo cập nhật": the lead agency's staff write a progress update as a draft (status, progress, note and,
 * with a completion, its date); a focal point of the agency submits it.
 */
export function DraftUpdateForm({
  taskId,
  status,
  progress,
  completedOn,
  p,
  t,
  statusLabels,
}: {
  taskId: number;
  status: string;
  progress: number;
  /** "Ngày hoàn thành" as prefilled when the status is set to completed. */
  completedOn: string;
  p: P;
  t: T;
  statusLabels: Record<string, string>;
}) {
  const f = useActionForm(createDraftAction, { schema: taskDraftSchema });
  const [current, setCurrent] = useState(status);
  return (
    <form {...f.formProps} className="space-y-3" aria-label={p.draftTitle}>
      <p className="text-sm text-slate-700">{p.draftIntro}</p>
      <input type="hidden" name="taskId" value={taskId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="draft-status" label={t.status} error={f.error('status')}>
          <select
            id="draft-status"
            name="status"
            defaultValue={status}
            onChange={(e) => setCurrent(e.target.value)}
            className={inputClass}
          >
            {(['not_started', 'in_progress', 'completed'] as const).map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="draft-progress" label={t.progress} error={f.error('progress')}>
          <input
            id="draft-progress"
            name="progress"
            type="number"
            min={0}
            max={100}
            defaultValue={progress}
            className={inputClass}
          />
        </Field>
        {current === 'completed' ? (
          <Field id="draft-completedOn" label={t.completedOn} error={f.error('completedOn')}>
            <input
              id="draft-completedOn"
              name="completedOn"
              defaultValue={completedOn}
              placeholder="dd/mm/yyyy"
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
        ) : null}
      </div>
      <Field id="draft-note" label={t.note} error={f.error('note')}>
        <textarea id="draft-note" name="note" rows={3} className={inputClass} />
      </Field>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={f.pending}>
        {p.draftSave}
      </button>
    </form>
  );
}

/** A focal point submits a draft at the task's version the page read; a completion asks for its document. */
export function SubmitDraftForm({
  draftId,
  version,
  completion,
  author,
  p,
  t,
}: {
  draftId: number;
  version: number;
  completion: boolean;
  author: string;
  p: P;
  t: T;
}) {
  const f = useActionForm(submitDraftAction, { schema: submitDraftSchema });
  const label = p.draftSubmitLabel.replace('{name}', author);
  return (
    <form {...f.formProps} className="space-y-2" aria-label={label}>
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="version" value={version} />
      {completion ? (
        <Field
          id={`draft-${draftId}-document`}
          label={t.completionDocument}
          error={f.error('completionDocument')}
          hint={p.draftCompletionHint}
        >
          <input id={`draft-${draftId}-document`} name="completionDocument" className={inputClass} />
        </Field>
      ) : null}
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={f.pending} aria-label={label}>
        {p.draftSubmit}
      </button>
    </form>
  );
}

/** Discards a draft (a focal point, or the draft's author). */
export function DiscardDraftForm({ draftId, author, p }: { draftId: number; author: string; p: P }) {
  const label = p.draftDiscardLabel.replace('{name}', author);
  return (
    <ButtonForm action={discardDraftAction} fields={{ draftId }} confirm={p.draftDiscardConfirm}>
      <button type="submit" className={buttonClass.danger} aria-label={label}>
        {p.draftDiscard}
      </button>
    </ButtonForm>
  );
}
