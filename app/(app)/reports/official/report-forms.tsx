'use client';

import { FormResult } from '@/components/forms/form-result';
import { OfficialHeaderFields } from '@/components/forms/official-header-fields';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { useLeaveGuard } from '@/components/forms/use-leave-guard';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { formatDate } from '@/lib/time';
import { approveReportAction, changeReportStatusAction, createReportAction, saveReportAction } from './actions';

const createReportSchema: SchemaLoader = () =>
  import('@/lib/official-reports/schemas').then((m) => m.createReportSchema);
const reportApprovalSchema: SchemaLoader = () =>
  import('@/lib/official-reports/schemas').then((m) => m.reportApprovalSchema);
const reportFieldsSchema: SchemaLoader = () =>
  import('@/lib/official-reports/schemas').then((m) => m.reportFieldsSchema);
const reportStatusSchema: SchemaLoader = () =>
  import('@/lib/official-reports/schemas').then((m) => m.reportStatusSchema);

type R = Messages['reports']['official'];
type D = Messages['documents'];

/** Picks a report's scope (sessions, or a committee over a period, and/or an agency) and the day it counts as of. */
export function CreateReportForm({
  sessions,
  committees,
  agencies,
  today,
  r,
}: {
  sessions: { id: number; label: string }[];
  committees: { id: number; name: string }[];
  agencies: { id: number; name: string }[];
  today: string;
  r: R;
}) {
  const f = useActionForm(createReportAction, { schema: createReportSchema });
  const err = f.error;
  return (
    <form {...f.formProps} className="space-y-4" aria-label={r.create}>
      <fieldset aria-describedby="rep-sessions-hint">
        <legend className="text-sm font-medium text-slate-800">{r.sessions}</legend>
        <p id="rep-sessions-hint" className="mb-2 text-xs text-slate-600">
          {r.sessionsHint}
        </p>
        <div className="max-h-48 space-y-1 overflow-y-auto rounded-lg border border-slate-200 p-2">
          {sessions.map((s) => (
            <label key={s.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="sessionIds" value={s.id} className="mt-1" />
              <span>{s.label}</span>
            </label>
          ))}
        </div>
        {err('sessionIds') ? (
          <p className="mt-1 text-sm text-red-700" role="alert">
            {err('sessionIds')}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="rep-committee" label={r.committee} error={err('committeeId')}>
          <select id="rep-committee" name="committeeId" className={inputClass} defaultValue="">
            <option value="">—</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="rep-agency" label={r.agency} error={err('agencyId')}>
          <select id="rep-agency" name="agencyId" className={inputClass} defaultValue="">
            <option value="">—</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="rep-from" label={r.from} error={err('from')}>
          <input id="rep-from" name="from" type="date" max={today} className={inputClass} />
        </Field>
        <Field id="rep-to" label={r.to} error={err('to')}>
          <input id="rep-to" name="to" type="date" className={inputClass} />
        </Field>
        <Field id="rep-asOf" label={r.asOf} hint={r.asOfHint} error={err('asOf')}>
          <input
            id="rep-asOf"
            name="asOf"
            placeholder="dd/mm/yyyy"
            defaultValue={formatDate(today)}
            className={inputClass}
          />
        </Field>
      </div>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={f.pending}>
        {r.create}
      </button>
    </form>
  );
}

export type ReportEditorFields = {
  number: string | null;
  symbol: string | null;
  issuingBody: string | null;
  place: string | null;
  issueDate: string | null;
  subject: string;
  signerName: string | null;
  signerTitle: string | null;
  authorityPrefix: 'none' | 'TM' | 'KT' | 'TL' | 'TUQ';
  authorityBody: string | null;
  recipients: string[];
  body: string;
  closing: string;
  status: string;
};

/** The header, signature, recipients and narrative of a report; each save is a revision. */
export function ReportEditor({
  reportId,
  version,
  fields,
  d,
  r,
}: {
  reportId: number;
  version: number;
  fields: ReportEditorFields;
  d: D;
  r: R;
}) {
  const f = useActionForm(saveReportAction, { schema: reportFieldsSchema, record: { ...fields, reportId, version } });
  const { pending, formProps, values, fieldsKey, dirty } = f;
  useLeaveGuard(dirty, d.leaveUnsaved);
  const published = fields.status === 'published';
  const err = f.error;
  return (
    <form {...formProps} className="space-y-4" aria-label={d.save}>
      <input type="hidden" name="reportId" value={reportId} />
      <div key={fieldsKey} className="space-y-4">
        <input type="hidden" name="version" value={values.version} />
        <OfficialHeaderFields values={values} error={err} t={d} prefix="rep" />
        <Field id="rep-body" label={r.body} hint={d.markdownHint} error={err('body')}>
          <textarea id="rep-body" name="body" rows={5} defaultValue={values.body} className={inputClass} />
        </Field>
        <Field id="rep-closing" label={r.closing} hint={d.markdownHint} error={err('closing')}>
          <textarea id="rep-closing" name="closing" rows={5} defaultValue={values.closing} className={inputClass} />
        </Field>
        {published ? (
          <Field id="rep-reason" label={d.reason} hint={d.reasonHint} error={err('reason')}>
            <input id="rep-reason" name="reason" className={inputClass} />
          </Field>
        ) : null}
      </div>
      <FormResult form={f} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {published ? d.saveCorrection : d.save}
      </button>
    </form>
  );
}

/** Draft → in review → published (once approved where required); publishing fixes the figures. */
export function ReportStatusButtons({
  reportId,
  version,
  status,
  approved,
  d,
  r,
}: {
  reportId: number;
  version: number;
  status: string;
  approved: boolean;
  d: D;
  r: R;
}) {
  const f = useActionForm(changeReportStatusAction, { schema: reportStatusSchema });
  const steps: { to: string; label: string; primary?: boolean }[] =
    status === 'draft'
      ? [{ to: 'in_review', label: d.toReview }]
      : status === 'in_review'
        ? [
            { to: 'draft', label: d.toDraft },
            ...(approved ? [{ to: 'published', label: d.publish, primary: true }] : []),
          ]
        : [];
  if (steps.length === 0) return null;
  return (
    <form
      {...f.formProps}
      onSubmit={(e) => {
        const to = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;
        if (to === 'published' && !window.confirm(r.publishConfirm)) return e.preventDefault();
        f.formProps.onSubmit(e);
      }}
      className="space-y-2"
    >
      <input type="hidden" name="reportId" value={reportId} />
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

export function ReportApproval({
  reportId,
  version,
  canApprove,
  approvedBy,
  d,
}: {
  reportId: number;
  version: number;
  canApprove: boolean;
  /** Who approved it, and when (formatted), if anyone has. */
  approvedBy: string | null;
  d: D;
}) {
  const f = useActionForm(approveReportAction, { schema: reportApprovalSchema });
  return (
    <div className="space-y-3 text-sm" data-testid="approval">
      <p className="text-slate-600">{d.approvalRule}</p>
      <p>
        <span className="font-medium">{d.approvedBy}:</span> {approvedBy ?? d.notApproved}
      </p>
      {canApprove ? (
        <form
          {...f.formProps}
          onSubmit={(e) => {
            if (!window.confirm(d.approveConfirm)) return e.preventDefault();
            f.formProps.onSubmit(e);
          }}
        >
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="version" value={version} />
          <button type="submit" className={buttonClass.primary} disabled={f.pending}>
            {d.approve}
          </button>
        </form>
      ) : null}
      <FormResult form={f} />
    </div>
  );
}
