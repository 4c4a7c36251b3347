'use client';

import { useState, type ReactNode } from 'react';
import { ConfirmPast } from '@/components/forms/confirm-past';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { useLeaveGuard } from '@/components/forms/use-leave-guard';
import { AgencySelect } from '@/components/agency-select';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { FollowUpMessages, TaskFormMessages } from './form-messages';
import type { FormAction } from '@/lib/forms/result';
import type { TaskUpdateFormValues } from '@/lib/tasks/schemas';
import {
  cancelTaskAction,
  commentAction,
  decideCompletionAction,
  decideExtensionAction,
  periodReportAction,
  reassignTaskAction,
  requestExtensionAction,
  updateTaskAction,
} from './actions';
import { changeDeadlineAction, urgeAction } from '../actions';

const cancelTaskSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.cancelTaskSchema);
const changeDeadlineSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.changeDeadlineSchema);
const commentSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.commentSchema);
const completionDecisionSchema: SchemaLoader = () =>
  import('@/lib/tasks/schemas').then((m) => m.completionDecisionSchema);
const extensionDecisionSchema: SchemaLoader = () =>
  import('@/lib/tasks/schemas').then((m) => m.extensionDecisionSchema);
const extensionRequestSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.extensionRequestSchema);
const periodReportSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.periodReportSchema);
const reassignTaskSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.reassignTaskSchema);
const taskUpdateSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.taskUpdateSchema);
const urgeSchema: SchemaLoader = () => import('@/lib/tasks/schemas').then((m) => m.urgeSchema);

type T = TaskFormMessages;

/** A small server-action form with its message; each posts without JavaScript too. */
function ActionForm({
  action,
  schema,
  label,
  children,
  submit,
  hidden,
}: {
  action: FormAction;
  /** The schema the action parses, checked in the browser first (loaded on demand). */
  schema: SchemaLoader;
  label: string;
  children: (err: (k: string) => string | undefined) => ReactNode;
  submit: string;
  hidden: Record<string, string | number>;
}) {
  const f = useActionForm(action, { schema });
  return (
    <form {...f.formProps} className="space-y-3" aria-label={label}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children(f.error)}
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={f.pending}>
        {submit}
      </button>
    </form>
  );
}

/**
 * The lead agency's progress report. The fields and the hidden version are one snapshot of the task: after a
 * save they are rebuilt from the task as saved, so a second save (a note, a file) starts from the saved status.
 */
export function UpdateTaskForm({
  taskId,
  record,
  completedOn,
  t,
  statusLabels,
}: {
  taskId: number;
  record: TaskUpdateFormValues;
  /** "Ngày hoàn thành" as prefilled when the status is set to completed (lib/tasks/update-form). */
  completedOn: string;
  t: T;
  statusLabels: Record<string, string>;
}) {
  const { error, pending, formProps, values, fieldsKey, dirty, ok, message } = useActionForm(updateTaskAction, {
    schema: taskUpdateSchema,
    record,
  });
  useLeaveGuard(dirty, t.leaveUnsaved);
  return (
    <form {...formProps} className="space-y-3" aria-label={t.update}>
      <input type="hidden" name="taskId" value={taskId} />
      <UpdateTaskFields
        key={`fields-${fieldsKey}`}
        values={values}
        completedOn={completedOn}
        err={error}
        t={t}
        statusLabels={statusLabels}
      />
      {/* Keyed by the save, so each save's confirmation ("Đã lưu cập nhật", role=status) is a new announcement. */}
      <FormResult key={`message-${fieldsKey}`} form={{ ok, message }} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.save}
      </button>
    </form>
  );
}

function UpdateTaskFields({
  values,
  completedOn,
  err,
  t,
  statusLabels,
}: {
  values: TaskUpdateFormValues;
  completedOn: string;
  err: (k: string) => string | undefined;
  t: T;
  statusLabels: Record<string, string>;
}) {
  const [current, setCurrent] = useState(values.status);
  return (
    <>
      <input type="hidden" name="version" value={values.version} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="status" label={t.status} error={err('status')}>
          <select
            id="status"
            name="status"
            defaultValue={values.status}
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
        <Field id="progress" label={t.progress} error={err('progress')}>
          <input
            id="progress"
            name="progress"
            type="number"
            min={0}
            max={100}
            defaultValue={values.progress}
            className={inputClass}
          />
        </Field>
        {current === 'completed' ? (
          <Field id="completedOn" label={t.completedOn} error={err('completedOn')}>
            <input
              id="completedOn"
              name="completedOn"
              defaultValue={completedOn}
              placeholder="dd/mm/yyyy"
              inputMode="numeric"
              aria-describedby="completedOn-hint"
              className={inputClass}
            />
          </Field>
        ) : null}
      </div>
      {current === 'completed' ? (
        <>
          <p id="completedOn-hint" className="text-sm text-slate-600">
            {t.backDatedHint}
          </p>
          <Field id="completionDocument" label={t.completionDocument} error={err('completionDocument')}>
            <input
              id="completionDocument"
              name="completionDocument"
              defaultValue={values.completionDocument}
              aria-describedby="completionDocument-hint"
              className={inputClass}
            />
          </Field>
          <p id="completionDocument-hint" className="-mt-2 text-xs text-slate-600">
            {t.completionDocumentHint}
          </p>
        </>
      ) : null}
      <Field id="result" label={t.result} error={err('result')}>
        <textarea id="result" name="result" rows={2} defaultValue={values.result} className={inputClass} />
      </Field>
      <Field id="note" label={t.note} error={err('note')}>
        <textarea id="note" name="note" rows={2} className={inputClass} />
      </Field>
      <Field id="evidence" label={t.file} error={err('evidence')}>
        <input
          id="evidence"
          name="evidence"
          type="file"
          multiple
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          className="block text-sm"
        />
      </Field>
    </>
  );
}

export function CommentForm({ taskId, t }: { taskId: number; t: T }) {
  return (
    <ActionForm
      action={commentAction}
      schema={commentSchema}
      label={t.comment}
      submit={t.addComment}
      hidden={{ taskId }}
    >
      {(err) => (
        <Field id="comment" label={t.comment} error={err('note')}>
          <textarea id="comment" name="note" rows={2} className={inputClass} />
        </Field>
      )}
    </ActionForm>
  );
}

export function PeriodReportForm({
  taskId,
  periods,
  t,
}: {
  taskId: number;
  periods: { key: string; label: string }[];
  t: T;
}) {
  return (
    <ActionForm
      action={periodReportAction}
      schema={periodReportSchema}
      label={t.periodReport}
      submit={t.report}
      hidden={{ taskId }}
    >
      {(err) => (
        <>
          <Field id="period" label={t.period} error={err('period')}>
            <select id="period" name="period" className={inputClass}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="period-note" label={t.result} error={err('note')}>
            <textarea id="period-note" name="note" rows={2} className={inputClass} />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

export function ExtensionRequestForm({ taskId, t }: { taskId: number; t: T }) {
  return (
    <ActionForm
      action={requestExtensionAction}
      schema={extensionRequestSchema}
      label={t.requestExtension}
      submit={t.send}
      hidden={{ taskId }}
    >
      {(err) => (
        <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <Field id="requestedDueDate" label={t.requestedDate} error={err('requestedDueDate')}>
            <input
              id="requestedDueDate"
              name="requestedDueDate"
              placeholder="dd/mm/yyyy"
              inputMode="numeric"
              className={inputClass}
            />
          </Field>
          <Field id="ext-reason" label={t.reason} error={err('reason')}>
            <input id="ext-reason" name="reason" className={inputClass} />
          </Field>
          <div className="sm:col-span-2">
            <ConfirmPast id="ext-confirm-past" warning={err('confirmPast')} label={t.confirmPast} />
          </div>
        </div>
      )}
    </ActionForm>
  );
}

/**
 * The secretariat's decision on a pending request: accept the date asked, or another one typed in "Thời hạn chấp
 * thuận"; a date already past needs the box ticked after the warning.
 */
export function ExtensionDecisionForm({
  extensionId,
  requestedDate,
  t,
}: {
  extensionId: number;
  /** The date asked for, as shown (dd/MM/yyyy). */
  requestedDate: string;
  t: T;
}) {
  const f = useActionForm(decideExtensionAction, { schema: extensionDecisionSchema });
  const { pending, formProps } = f;
  const err = f.error;
  return (
    <form {...formProps} className="space-y-3" aria-label={t.extension}>
      <input type="hidden" name="extensionId" value={extensionId} />
      <Field
        id={`granted-${extensionId}`}
        label={t.grantedDate}
        hint={t.grantedDateHint.replace('{date}', requestedDate)}
        error={err('grantedDueDate')}
      >
        <input
          id={`granted-${extensionId}`}
          name="grantedDueDate"
          placeholder={requestedDate}
          inputMode="numeric"
          className={inputClass}
        />
      </Field>
      <Field id={`decision-note-${extensionId}`} label={t.decisionNote} error={err('note')}>
        <input id={`decision-note-${extensionId}`} name="note" className={inputClass} />
      </Field>
      <ConfirmPast id={`decision-confirm-past-${extensionId}`} warning={err('confirmPast')} label={t.confirmPast} />
      <FormResult form={f} />
      <div className="flex gap-2">
        <button type="submit" name="decision" value="accepted" className={buttonClass.primary} disabled={pending}>
          {t.accept}
        </button>
        <button type="submit" name="decision" value="refused" className={buttonClass.danger} disabled={pending}>
          {t.refuse}
        </button>
      </div>
    </form>
  );
}

/**
 * The secretariat's follow-up from the task page: urge (đôn đốc) this task, or give it a new deadline with a
 * reason; the same actions as the task list's bulk actions, for this one task.
 */
export function FollowUpForms({
  taskId,
  canUrge,
  canChangeDeadline,
  t,
  tl,
}: {
  taskId: number;
  canUrge: boolean;
  canChangeDeadline: boolean;
  t: T;
  tl: FollowUpMessages;
}) {
  return (
    <div className="space-y-5">
      {canUrge ? (
        <ActionForm
          action={urgeAction}
          schema={urgeSchema}
          label={tl.urge}
          submit={tl.urge}
          hidden={{ taskIds: taskId }}
        >
          {(err) => (
            <Field id="task-urge-note" label={tl.urgeNote} error={err('note')}>
              <input id="task-urge-note" name="note" className={inputClass} />
            </Field>
          )}
        </ActionForm>
      ) : null}
      {canChangeDeadline ? (
        <ActionForm
          action={changeDeadlineAction}
          schema={changeDeadlineSchema}
          label={tl.changeDeadline}
          submit={tl.changeDeadline}
          hidden={{ taskIds: taskId }}
        >
          {(err) => (
            <>
              <Field id="task-new-due" label={tl.newDeadline} error={err('dueDate')}>
                <input
                  id="task-new-due"
                  name="dueDate"
                  placeholder="dd/mm/yyyy"
                  inputMode="numeric"
                  className={inputClass}
                />
              </Field>
              <Field id="task-due-reason" label={tl.reason} error={err('reason')}>
                <input id="task-due-reason" name="reason" className={inputClass} />
              </Field>
              <ConfirmPast id="task-due-confirm-past" warning={err('confirmPast')} label={t.confirmPast} />
            </>
          )}
        </ActionForm>
      ) : null}
    </div>
  );
}

export function CancelTaskForm({ taskId, version, t }: { taskId: number; version: number; t: T }) {
  return (
    <ActionForm
      action={cancelTaskAction}
      schema={cancelTaskSchema}
      label={t.cancel}
      submit={t.cancel}
      hidden={{ taskId, version }}
    >
      {(err) => (
        <Field id="cancel-reason" label={t.cancelReason} error={err('reason')}>
          <input id="cancel-reason" name="reason" className={inputClass} />
        </Field>
      )}
    </ActionForm>
  );
}

export function ReassignTaskForm({
  taskId,
  version,
  agencies,
  t,
}: {
  taskId: number;
  version: number;
  agencies: { id: number; name: string }[];
  t: T;
}) {
  return (
    <ActionForm
      action={reassignTaskAction}
      schema={reassignTaskSchema}
      label={t.reassign}
      submit={t.reassign}
      hidden={{ taskId, version }}
    >
      {(err) => (
        <>
          <AgencySelect
            id="reassign-lead"
            name="leadAgencyId"
            label={t.lead}
            error={err('leadAgencyId')}
            options={agencies}
          />
          <Field id="reassign-reason" label={t.reason} error={err('reason')}>
            <input id="reassign-reason" name="reason" className={inputClass} />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

/** The secretariat confirms a back-dated completion, or returns it with a reason (decision 023). */
export function CompletionDecisionForm({ taskId, version, t }: { taskId: number; version: number; t: T }) {
  const f = useActionForm(decideCompletionAction, { schema: completionDecisionSchema });
  const { pending, formProps } = f;
  return (
    <form {...formProps} className="space-y-3" aria-label={t.awaitingConfirmationTitle}>
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <Field id="completion-reason" label={t.returnReason} error={f.error('reason')}>
        <input id="completion-reason" name="reason" className={inputClass} />
      </Field>
      <FormResult form={f} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="confirm" className={buttonClass.primary} disabled={pending}>
          {t.confirmCompletion}
        </button>
        <button type="submit" name="decision" value="return" className={buttonClass.danger} disabled={pending}>
          {t.returnCompletion}
        </button>
      </div>
    </form>
  );
}
