'use client';

import { useEffect, useState } from 'react';
import { FormResult } from '@/components/forms/form-result';
import { sharedFormProps, useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { BacklogField } from '@/lib/directives/schemas';
import { BACKLOG_FIELDS } from '@/lib/directives/backlog-fields';
import type { Messages } from '@/lib/i18n/vi';
import { formatDate } from '@/lib/time';
import { importBacklogAction, previewBacklogAction } from './actions';

const backlogImportSchema: SchemaLoader = () => import('@/lib/directives/schemas').then((m) => m.backlogImportSchema);

type T = Messages['backlog'];
type Kinds = Messages['reports']['agencyKinds'];
type Kind = keyof Kinds;
type Choice = { choice: string; kind: Kind };
type Fix = { deadline?: string; completedOn?: string };

const selectClass = `${inputClass} min-w-40`;

/**
 * One form, two actions: "Đọc tệp" / "Kiểm tra lại" posts the file with the choices made so far and answers the
 * preview (columns, counts, rows with problems); "Nhập" posts the same and imports. The choices (columns,
 * agencies, per-row fixes) live in this component and are posted as hidden fields, so a fix typed on a row that
 * is fine at the next check is still sent.
 */
export function BacklogImportForm({
  t,
  kinds,
  agencies,
}: {
  t: T;
  kinds: Kinds;
  agencies: { id: number; name: string }[];
}) {
  const preview = useActionForm(previewBacklogAction, { schema: backlogImportSchema, keepOnSuccess: true });
  const importer = useActionForm(importBacklogAction, { schema: backlogImportSchema, keepOnSuccess: true });
  const [mapping, setMapping] = useState<(BacklogField | '')[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [fixes, setFixes] = useState<Record<number, Fix>>({});
  const [last, setLast] = useState<'preview' | 'import' | null>(null);
  const data = preview.state?.ok ? preview.state.data : undefined;

  // A new reading shows its mapping; the one typed stays when the same file is checked again.
  useEffect(() => {
    if (preview.state) setLast('preview');
    if (data) setMapping(data.mapping.map((f) => f ?? ''));
  }, [preview.state, data]);
  useEffect(() => {
    if (importer.state) setLast('import');
  }, [importer.state]);

  const reset = () => {
    setMapping(null);
    setChoices({});
    setFixes({});
  };
  const fix = (line: number, patch: Fix) => setFixes((f) => ({ ...f, [line]: { ...f[line], ...patch } }));
  const choose = (name: string, patch: Partial<Choice>) =>
    setChoices((c) => ({ ...c, [name]: { choice: '', kind: 'other', ...c[name], ...patch } }));
  // After a successful import the preview is done with; after a refused one it stays, to fix what was said.
  const shown = data && !(last === 'import' && importer.ok) ? data : undefined;
  const fileError = preview.error('file') ?? importer.error('file');
  const answer = last === 'import' ? importer : preview;

  return (
    <form
      {...sharedFormProps({ preview, importer }, 'preview')}
      encType="multipart/form-data"
      className="space-y-6"
      aria-label={t.title}
    >
      <section className="space-y-3" aria-labelledby="backlog-step1">
        <h2 id="backlog-step1" className="font-semibold text-slate-900">
          {t.step1}
        </h2>
        <Field id="backlog-file" label={t.file} hint={t.fileHint} error={fileError}>
          <input
            id="backlog-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            aria-invalid={fileError ? true : undefined}
            onChange={reset}
          />
        </Field>
        <Field id="backlog-source" label={t.defaultSource} hint={t.defaultSourceHint}>
          <input id="backlog-source" name="defaultSource" className={inputClass} maxLength={300} />
        </Field>
        {mapping ? mapping.map((f, i) => <input key={`m${i}`} type="hidden" name={`mapping.${i}`} value={f} />) : null}
        {Object.entries(choices)
          .filter(([, c]) => c.choice !== '')
          .flatMap(([name, c], i) => [
            <input key={`a${i}n`} type="hidden" name={`agencies.${i}.name`} value={name} />,
            <input key={`a${i}c`} type="hidden" name={`agencies.${i}.choice`} value={c.choice} />,
            <input key={`a${i}k`} type="hidden" name={`agencies.${i}.kind`} value={c.kind} />,
          ])}
        {Object.entries(fixes).flatMap(([line, f], i) => [
          <input key={`f${i}l`} type="hidden" name={`fixes.${i}.line`} value={line} />,
          ...(f.deadline !== undefined
            ? [<input key={`f${i}d`} type="hidden" name={`fixes.${i}.deadline`} value={f.deadline} />]
            : []),
          ...(f.completedOn !== undefined
            ? [<input key={`f${i}c`} type="hidden" name={`fixes.${i}.completedOn`} value={f.completedOn} />]
            : []),
        ])}
        <button type="submit" data-intent="preview" className={buttonClass.secondary} disabled={preview.pending}>
          {preview.pending ? t.reading : shown ? t.recheck : t.read}
        </button>
      </section>

      {shown && mapping ? (
        <section className="space-y-3" aria-labelledby="backlog-step2">
          <h2 id="backlog-step2" className="font-semibold text-slate-900">
            {t.step2}
          </h2>
          <p className="text-sm text-slate-600">{t.mappingHint}</p>
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead>
                <tr className="text-left text-slate-600">
                  <th className="py-1 pr-3">{t.column}</th>
                  <th className="py-1 pr-3">{t.header}</th>
                  <th className="py-1 pr-3">{t.field}</th>
                  <th className="py-1">{t.sample}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {mapping.map((field, i) => (
                  <tr key={i} data-testid="backlog-column">
                    <td className="py-1 pr-3 tabular-nums">{i + 1}</td>
                    <td className="py-1 pr-3">{shown.headers[i] ?? ''}</td>
                    <td className="py-1 pr-3">
                      <label htmlFor={`backlog-map-${i}`} className="sr-only">
                        {t.field} {shown.headers[i] ?? i + 1}
                      </label>
                      <select
                        id={`backlog-map-${i}`}
                        className={selectClass}
                        value={field}
                        onChange={(e) =>
                          setMapping((m) => (m ?? []).map((x, j) => (j === i ? (e.target.value as BacklogField) : x)))
                        }
                      >
                        <option value="">{t.ignore}</option>
                        {BACKLOG_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {t.fields[f]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="max-w-xs truncate py-1 text-slate-600">
                      {shown.sample
                        .slice(0, 2)
                        .map((r) => r[i] ?? '')
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.missing.length ? (
            <p role="alert" className="text-sm text-red-800">
              {t.missing} {shown.missing.map((f) => t.fields[f]).join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}

      {shown && shown.missing.length === 0 ? (
        <section className="space-y-4" aria-labelledby="backlog-step3">
          <h2 id="backlog-step3" className="font-semibold text-slate-900">
            {t.step3}
          </h2>
          <FormResult form={{ ok: shown.counts.problems === 0, message: preview.message }} />
          {shown.unknownAgencies.length ? (
            <div className="space-y-2">
              <h3 className="font-medium text-slate-900">{t.unknownAgencies}</h3>
              <p className="text-sm text-slate-600">{t.unknownHint}</p>
              <div className="overflow-x-auto">
                <table className="min-w-full text-sm">
                  <thead>
                    <tr className="text-left text-slate-600">
                      <th className="py-1 pr-3">{t.nameInFile}</th>
                      <th className="py-1 pr-3">{t.rowsUsing}</th>
                      <th className="py-1 pr-3">{t.field}</th>
                      <th className="py-1">{t.kind}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {shown.unknownAgencies.map((u, i) => (
                      <tr key={u.name} data-testid="backlog-unknown-agency">
                        <td className="py-1 pr-3">{u.name}</td>
                        <td className="py-1 pr-3 tabular-nums">{u.rows}</td>
                        <td className="py-1 pr-3">
                          <label htmlFor={`backlog-agency-${i}`} className="sr-only">
                            {t.field} {u.name}
                          </label>
                          <select
                            id={`backlog-agency-${i}`}
                            className={selectClass}
                            value={choices[u.name]?.choice ?? ''}
                            onChange={(e) => choose(u.name, { choice: e.target.value })}
                          >
                            <option value="">{t.choose}</option>
                            <option value="create">{t.create}</option>
                            {agencies.map((a) => (
                              <option key={a.id} value={a.id}>
                                {a.name}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td className="py-1">
                          <label htmlFor={`backlog-kind-${i}`} className="sr-only">
                            {t.kind} {u.name}
                          </label>
                          <select
                            id={`backlog-kind-${i}`}
                            className={selectClass}
                            value={choices[u.name]?.kind ?? 'other'}
                            disabled={choices[u.name]?.choice !== 'create'}
                            onChange={(e) => choose(u.name, { kind: e.target.value as Kind })}
                          >
                            {(Object.keys(kinds) as Kind[]).map((k) => (
                              <option key={k} value={k}>
                                {kinds[k]}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ) : null}
          <div className="space-y-2">
            <h3 className="font-medium text-slate-900">{t.rowsTitle}</h3>
            <p className="text-sm text-slate-600">{t.rowsHint}</p>
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead>
                  <tr className="text-left align-bottom text-slate-600">
                    <th className="py-1 pr-3">{t.line}</th>
                    <th className="py-1 pr-3">{t.text}</th>
                    <th className="py-1 pr-3">{t.lead}</th>
                    <th className="py-1 pr-3">{t.deadline}</th>
                    <th className="py-1 pr-3">{t.completedOn}</th>
                    <th className="py-1">{t.problems}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 align-top">
                  {shown.rows.map((r) => (
                    <tr key={r.line} data-testid="backlog-row" data-state={r.state}>
                      <td className="py-1 pr-3 tabular-nums">{r.line}</td>
                      <td className="max-w-sm py-1 pr-3">{r.text}</td>
                      <td className="py-1 pr-3">{r.leads.map((l) => l.agencyName ?? l.name).join(', ')}</td>
                      <td className="py-1 pr-3">
                        {r.fixable.deadline ? (
                          <>
                            <label htmlFor={`backlog-deadline-${r.line}`} className="sr-only">
                              {t.deadline} {t.line} {r.line}
                            </label>
                            <input
                              id={`backlog-deadline-${r.line}`}
                              className={inputClass}
                              value={fixes[r.line]?.deadline ?? r.deadlineText}
                              onChange={(e) => fix(r.line, { deadline: e.target.value })}
                              aria-invalid
                            />
                          </>
                        ) : r.deadline?.kind === 'dated' ? (
                          formatDate(r.deadline.dueDate)
                        ) : (
                          r.deadlineText
                        )}
                      </td>
                      <td className="py-1 pr-3">
                        {r.fixable.completedOn ? (
                          <>
                            <label htmlFor={`backlog-done-${r.line}`} className="sr-only">
                              {t.completedOn} {t.line} {r.line}
                            </label>
                            <input
                              id={`backlog-done-${r.line}`}
                              className={inputClass}
                              placeholder="dd/mm/yyyy"
                              value={fixes[r.line]?.completedOn ?? r.completedOnText}
                              onChange={(e) => fix(r.line, { completedOn: e.target.value })}
                              aria-invalid
                            />
                          </>
                        ) : (
                          r.completedOnText
                        )}
                      </td>
                      <td className="py-1">
                        {r.problems.length ? (
                          <ul className="list-disc pl-4 text-red-800">
                            {r.problems.map((p) => (
                              <li key={p}>{p}</li>
                            ))}
                          </ul>
                        ) : (
                          <span className="text-slate-600">{t.states[r.state]}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </section>
      ) : null}

      {shown && shown.missing.length === 0 ? (
        <section className="space-y-3" aria-labelledby="backlog-step4">
          <h2 id="backlog-step4" className="font-semibold text-slate-900">
            {t.step4}
          </h2>
          <p className="text-sm text-slate-600">{t.importHint}</p>
          <button
            type="submit"
            data-intent="importer"
            formAction={importer.formProps.action}
            className={buttonClass.primary}
            disabled={importer.pending || preview.pending}
          >
            {importer.pending ? t.importing : t.import}
          </button>
        </section>
      ) : null}
      {last === 'import' || !shown ? <FormResult form={{ ok: answer.ok, message: answer.message }} /> : null}
    </form>
  );
}
