import { Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { formatDate } from '@/lib/time';

export type OfficialHeaderValues = {
  number: string | null;
  symbol: string | null;
  place: string | null;
  issueDate: string | null;
  issuingBody: string | null;
  subject: string | null;
  authorityPrefix: 'none' | 'TM' | 'KT' | 'TL' | 'TUQ';
  authorityBody: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
};

/**
 * The NĐ 30/2020 header, signature and recipients of an official document (minutes, notice, report): the same
 * fields, labels and names wherever one is written; `prefix` keeps the ids of two forms on a page apart.
 */
export function OfficialHeaderFields({
  values,
  error,
  t,
  prefix,
}: {
  values: OfficialHeaderValues;
  error: (path: string) => string | undefined;
  t: Messages['documents'];
  prefix: string;
}) {
  const text = (name: keyof OfficialHeaderValues, label: string, props: Record<string, unknown> = {}) => (
    <Field id={`${prefix}-${name}`} label={label} error={error(name)}>
      <input
        id={`${prefix}-${name}`}
        name={name}
        defaultValue={(values[name] as string | null) ?? ''}
        className={inputClass}
        {...props}
      />
    </Field>
  );
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-4">
        {text('number', t.number, { inputMode: 'numeric' })}
        {text('symbol', t.symbol)}
        {text('place', t.place)}
        <Field id={`${prefix}-issueDate`} label={t.issueDate} error={error('issueDate')}>
          <input
            id={`${prefix}-issueDate`}
            name="issueDate"
            placeholder="dd/mm/yyyy"
            defaultValue={values.issueDate ? formatDate(values.issueDate) : ''}
            className={inputClass}
          />
        </Field>
      </div>
      {text('issuingBody', t.issuingBody)}
      <Field id={`${prefix}-subject`} label={t.subject} error={error('subject')}>
        <textarea
          id={`${prefix}-subject`}
          name="subject"
          rows={2}
          defaultValue={values.subject ?? ''}
          className={inputClass}
        />
      </Field>
      {/* The authority line and the signer's title are long ("BỘ TRƯỞNG, CHỦ NHIỆM"): wide fields, not quarters. */}
      <div className="grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Field id={`${prefix}-authorityPrefix`} label={t.authorityPrefix}>
          <select
            id={`${prefix}-authorityPrefix`}
            name="authorityPrefix"
            defaultValue={values.authorityPrefix}
            className={inputClass}
          >
            {(['none', 'TM', 'KT', 'TL', 'TUQ'] as const).map((p) => (
              <option key={p} value={p}>
                {p === 'none' ? '—' : `${p}.`}
              </option>
            ))}
          </select>
        </Field>
        {text('authorityBody', t.authorityBody)}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('signerTitle', t.signerTitle)}
        {text('signerName', t.signerName)}
      </div>
      <Field id={`${prefix}-recipients`} label={t.recipients} error={error('recipients')}>
        <textarea
          id={`${prefix}-recipients`}
          name="recipients"
          rows={5}
          defaultValue={values.recipients.join('\n')}
          className={inputClass}
        />
      </Field>
    </>
  );
}
