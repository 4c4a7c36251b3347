'use client';

import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { FormResult } from '@/components/forms/form-result';
import { loadFormTranslator } from '@/components/forms/localize';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { previewAttendeesAction } from '../../../actions';
import type { Point, T } from './attendee-selects';

/*
 * Its own module, apart from the one-attendee forms: the session page shows it, and it needs no form library
 * until a preview has been read (the grid, with react-hook-form, comes then).
 */

const previewSchema: SchemaLoader = () => import('@/lib/sessions/schemas').then((m) => m.previewAttendeesSchema);
/** The preview grid (with zod, to check rows as they are typed), loaded once a preview has been read. */
const PreviewGrid = lazy(() =>
  Promise.all([import('./preview-grid'), loadFormTranslator()]).then(([m]) => ({ default: m.PreviewGrid })),
);

/**
 * Paste a list or upload CSV/XLSX → preview (parsed on the server) → fix → save. The pasted text stays
 * in the box until the rows are saved (the preview is sent without resetting the form). Without
 * `pointId`, the list is a whole session's, with a "Điểm cầu" column naming each row's point among `points`.
 */
export function BulkEntry({
  sessionId,
  pointId,
  points,
  t,
}: {
  sessionId: number;
  pointId?: number;
  points?: Point[];
  t: T;
}) {
  const a = t.attendance;
  const preview = useActionForm(previewAttendeesAction, { schema: previewSchema, keepOnSuccess: true });
  const { state, pending } = preview;
  const read = state?.ok ? state.data : undefined;
  const [saved, setSaved] = useState<string | null>(null);
  // Uncontrolled: text pasted before the page has hydrated is kept (a controlled value would be reset to '').
  const textArea = useRef<HTMLTextAreaElement>(null);
  const prefix = pointId ? 'bulk' : 'session-bulk';
  const onSaved = useCallback((message: string) => {
    setSaved(message);
    if (textArea.current) textArea.current.value = '';
  }, []);
  return (
    <div className="space-y-4">
      <form
        {...preview.formProps}
        onSubmit={(e) => {
          setSaved(null);
          preview.formProps.onSubmit(e);
        }}
        className="space-y-3"
        aria-label={pointId ? a.bulk : a.sessionBulk}
      >
        <input type="hidden" name="sessionId" value={sessionId} />
        {pointId ? <input type="hidden" name="pointId" value={pointId} /> : null}
        <p className="text-sm text-slate-600">{pointId ? a.bulkHint : a.sessionBulkHint}</p>
        <Field id={`${prefix}-text`} label={a.paste} error={preview.error('text')}>
          <textarea id={`${prefix}-text`} name="text" rows={5} className={inputClass} ref={textArea} defaultValue="" />
        </Field>
        <Field id={`${prefix}-file`} label={a.file}>
          <input
            id={`${prefix}-file`}
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block text-sm"
          />
        </Field>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass.secondary} disabled={pending}>
            {a.preview}
          </button>
          {pointId ? (
            <a href="/api/attendance-template.xlsx" className={buttonClass.link}>
              {a.template}
            </a>
          ) : (
            <a href={`/api/sessions/${sessionId}/attendance.xlsx`} className={buttonClass.link}>
              {a.sessionTemplate}
            </a>
          )}
        </div>
        <FormResult form={{ ok: false, message: preview.ok ? undefined : preview.message }} />
      </form>
      {read?.rows.length && !saved ? (
        <Suspense
          fallback={
            <p className="text-sm text-slate-600" role="status">
              {a.loadingPreview}
            </p>
          }
        >
          <PreviewGrid
            key={read.id}
            sessionId={sessionId}
            pointId={pointId}
            points={points}
            rows={read.rows}
            t={t}
            onSaved={onSaved}
          />
        </Suspense>
      ) : null}
      {saved ? <FormResult form={{ ok: true, message: saved }} /> : null}
    </div>
  );
}
