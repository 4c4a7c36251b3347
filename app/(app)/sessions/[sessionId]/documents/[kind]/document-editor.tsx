'use client';

import { FormResult } from '@/components/forms/form-result';
import { OfficialHeaderFields } from '@/components/forms/official-header-fields';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { useLeaveGuard } from '@/components/forms/use-leave-guard';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import type { DocumentFields } from '@/lib/minutes/compose';
import type { AssignmentItem, DocumentApproval } from '@/lib/minutes/queries';
import { formatDateTime } from '@/lib/time';
import { approveDocumentAction, changeDocumentStatusAction, saveDocumentAction } from '../actions';

const documentApprovalSchema: SchemaLoader = () =>
  import('@/lib/minutes/schemas').then((m) => m.documentApprovalSchema);
const documentFieldsSchema: SchemaLoader = () => import('@/lib/minutes/schemas').then((m) => m.documentFieldsSchema);
const documentStatusSchema: SchemaLoader = () => import('@/lib/minutes/schemas').then((m) => m.documentStatusSchema);

type T = Messages['documents'];

/** The header, signature, recipients and free text of a minutes or notice; each save is a revision. */
export function DocumentEditor({
  sessionId,
  version,
  fields,
  assignments,
  t,
}: {
  sessionId: number;
  version: number;
  fields: DocumentFields;
  /** Each conclusion's assignment sentence: the secretariat's to word, prefilled from the tasks. */
  assignments: AssignmentItem[];
  t: T;
}) {
  // The fields and the hidden version are one snapshot of the document, rebuilt from it after each save.
  const f = useActionForm(saveDocumentAction, { schema: documentFieldsSchema, record: { ...fields, version } });
  const { pending, formProps, values, fieldsKey, dirty } = f;
  useLeaveGuard(dirty, t.leaveUnsaved);
  const published = values.status === 'published';
  const err = f.error;
  return (
    <form {...formProps} className="space-y-4" aria-label={t.save}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="kind" value={values.kind} />
      <div key={fieldsKey} className="space-y-4">
        <input type="hidden" name="version" value={values.version} />
        <OfficialHeaderFields values={values} error={err} t={t} prefix="doc" />
        <Field id="doc-body" label={t.body} hint={t.markdownHint} error={err('body')}>
          <textarea id="doc-body" name="body" rows={6} defaultValue={values.body} className={inputClass} />
        </Field>
        {assignments.length ? (
          <fieldset className="space-y-3" aria-describedby="doc-assignments-hint">
            <legend className="text-sm font-medium">{t.assignments}</legend>
            <p id="doc-assignments-hint" className="text-sm text-slate-600">
              {t.assignmentsHint}
            </p>
            {assignments.map((a, i) => (
              <Field
                key={a.id}
                id={`doc-assignment-${a.id}`}
                label={`${t.assignmentItem} ${a.ordinal}: ${a.text.length > 80 ? `${a.text.slice(0, 80)}…` : a.text}`}
                hint={a.current !== a.auto ? `${t.assignmentAuto} ${a.auto || '—'}` : undefined}
                error={err(`assignments.${i}.text`)}
              >
                <input type="hidden" name={`assignments.${i}.directiveId`} value={a.id} />
                <textarea
                  id={`doc-assignment-${a.id}`}
                  name={`assignments.${i}.text`}
                  rows={2}
                  defaultValue={a.current}
                  className={inputClass}
                />
                <button
                  type="button"
                  className={`${buttonClass.secondary} mt-1`}
                  aria-label={`${t.assignmentReset}: ${t.assignmentItem} ${a.ordinal}`}
                  onClick={() => {
                    const box = document.getElementById(`doc-assignment-${a.id}`) as HTMLTextAreaElement | null;
                    if (!box) return;
                    // Sent as generated, the item follows its tasks again (lib/minutes/mutations.ts).
                    box.value = a.auto;
                    box.dispatchEvent(new Event('input', { bubbles: true }));
                    box.focus();
                  }}
                >
                  {t.assignmentReset}
                </button>
              </Field>
            ))}
          </fieldset>
        ) : null}
        <Field id="doc-closing" label={t.closing} error={err('closing')}>
          <textarea id="doc-closing" name="closing" rows={3} defaultValue={values.closing} className={inputClass} />
        </Field>
        {published ? (
          <Field id="doc-reason" label={t.reason} hint={t.reasonHint} error={err('reason')}>
            <input id="doc-reason" name="reason" className={inputClass} />
          </Field>
        ) : null}
      </div>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {published ? t.saveCorrection : t.save}
      </button>
    </form>
  );
}

/** The next steps of the document's life: draft → in review → published (once approved, where required). */
export function StatusButtons({
  sessionId,
  kind,
  version,
  status,
  approved,
  t,
}: {
  sessionId: number;
  kind: string;
  version: number;
  status: string;
  /** False while the deployment requires an approval the document does not have (decision 024). */
  approved: boolean;
  t: T;
}) {
  const f = useActionForm(changeDocumentStatusAction, { schema: documentStatusSchema });
  const steps: { to: string; label: string; primary?: boolean }[] =
    status === 'draft'
      ? [{ to: 'in_review', label: t.toReview }]
      : status === 'in_review'
        ? [
            { to: 'draft', label: t.toDraft },
            ...(approved ? [{ to: 'published', label: t.publish, primary: true }] : []),
          ]
        : [];
  if (steps.length === 0 || version === 0) return null;
  return (
    <form
      {...f.formProps}
      onSubmit={(e) => {
        const to = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
        if (to === 'published' && !window.confirm(t.publishConfirm)) return e.preventDefault();
        f.formProps.onSubmit(e);
      }}
      className="space-y-2"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-2">
        {steps.map((s) => (
          <button
            key={s.to}
            type="submit"
            name="to"
            value={s.to}
            className={s.primary ? buttonClass.primary : buttonClass.secondary}
            disabled={f.pending}
          >
            {s.label}
          </button>
        ))}
      </div>
      <FormResult form={f} />
    </form>
  );
}

/**
 * Who sent the document for review and who approved it (decision 024), and the approve button for a leader
 * or a secretariat user who is not its author.
 */
export function ApprovalPanel({
  sessionId,
  kind,
  version,
  status,
  approval,
  t,
}: {
  sessionId: number;
  kind: string;
  version: number;
  status: string;
  approval: DocumentApproval;
  t: T;
}) {
  const f = useActionForm(approveDocumentAction, { schema: documentApprovalSchema });
  const who = (name: string | null, at: Date | null) => (name ? `${name} · ${at ? formatDateTime(at) : ''}` : null);
  return (
    <div className="space-y-3 text-sm" data-testid="approval">
      {approval.required ? <p className="text-slate-600">{t.approvalRule}</p> : null}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t.approvalRequestedBy}</dt>
        <dd>{who(approval.requestedBy, approval.requestedAt) ?? t.approvalNotRequested}</dd>
        <dt className="font-medium">{t.approvedBy}</dt>
        <dd>{who(approval.approvedBy, approval.approvedAt) ?? t.notApproved}</dd>
      </dl>
      {approval.canApprove ? (
        <form
          {...f.formProps}
          onSubmit={(e) => {
            if (!window.confirm(t.approveConfirm)) return e.preventDefault();
            f.formProps.onSubmit(e);
          }}
        >
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="version" value={version} />
          <button type="submit" className={buttonClass.primary} disabled={f.pending}>
            {t.approve}
          </button>
        </form>
      ) : status === 'in_review' && !approval.approvedBy && approval.ownDocument ? (
        <p className="text-slate-600">{t.approveOwn}</p>
      ) : null}
      <FormResult form={f} />
    </div>
  );
}
