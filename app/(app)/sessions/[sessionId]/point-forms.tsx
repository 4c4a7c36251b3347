'use client';

import { AgencySelect } from '@/components/agency-select';
import { ButtonForm } from '@/components/forms/button-form';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm, type SchemaLoader } from '@/components/forms/use-action-form';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import type { Messages } from '@/lib/i18n/vi';
import { addAllProvincesAction, addPointAction, removePointAction, updatePointAction } from '../actions';

const pointSchema: SchemaLoader = () => import('@/lib/sessions/schemas').then((m) => m.pointSchema);
const sessionRefSchema: SchemaLoader = () => import('@/lib/sessions/schemas').then((m) => m.sessionRefSchema);
const updatePointSchema: SchemaLoader = () => import('@/lib/sessions/schemas').then((m) => m.updatePointSchema);

type Option = { id: number; name: string };
type Labels = Messages['points'];

export function AddPointForm({ sessionId, agencies, t }: { sessionId: number; agencies: Option[]; t: Labels }) {
  const f = useActionForm(addPointAction, { schema: pointSchema });
  const { pending } = f;
  return (
    <form {...f.formProps} className="grid gap-3 sm:grid-cols-[2fr_2fr_auto_auto] sm:items-end" aria-label={t.add}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field id="point-name" label={t.name} error={f.error('name')}>
        <input id="point-name" name="name" required className={inputClass} />
      </Field>
      <AgencySelect
        id="point-host"
        name="hostAgencyId"
        label={t.host}
        options={agencies}
        emptyLabel="—"
        defaultValue=""
      />
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" name="isMain" className="size-4" /> {t.isMain}
      </label>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {t.add}
      </button>
      <div className="sm:col-span-4">
        <FormResult form={{ ok: f.ok, message: f.ok ? f.message : f.error('name') ? undefined : f.message }} />
      </div>
    </form>
  );
}

export function AddAllProvincesForm({ sessionId, t }: { sessionId: number; t: Labels }) {
  const f = useActionForm(addAllProvincesAction, { schema: sessionRefSchema });
  const { pending } = f;
  return (
    <form {...f.formProps} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className={buttonClass.secondary} disabled={pending}>
        {t.addAllProvinces}
      </button>
      <p className="text-xs text-slate-600">{t.addAllProvincesHint}</p>
      <FormResult form={f} />
    </form>
  );
}

export function RemovePointButton({
  sessionId,
  pointId,
  name,
  t,
}: {
  sessionId: number;
  pointId: number;
  name: string;
  t: Pick<Labels, 'remove' | 'removeConfirm'>;
}) {
  return (
    <ButtonForm
      action={removePointAction}
      fields={{ sessionId, pointId }}
      confirm={`${t.removeConfirm}\n${name}`}
      className="flex flex-wrap items-center gap-2"
    >
      <button type="submit" className={buttonClass.danger}>
        {t.remove}
      </button>
    </ButtonForm>
  );
}

export function EditPointForm({
  sessionId,
  point,
  agencies,
  t,
}: {
  sessionId: number;
  point: { id: number; name: string; hostAgencyId: number | null; isMain: boolean };
  agencies: Option[];
  t: Labels;
}) {
  const f = useActionForm(updatePointAction, { schema: updatePointSchema });
  const { pending } = f;
  return (
    <form {...f.formProps} className="grid gap-3 sm:grid-cols-[2fr_2fr_auto_auto] sm:items-end" aria-label={t.settings}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="pointId" value={point.id} />
      {/* Rebuilt from the point as saved: an uncontrolled select keeps its first default, and the form resets to it
          after each save, so a second save would put the old host back. */}
      <div key={`${point.name}|${point.hostAgencyId ?? ''}|${point.isMain}`} className="contents">
        <Field id="edit-point-name" label={t.name} error={f.error('name')}>
          <input id="edit-point-name" name="name" required defaultValue={point.name} className={inputClass} />
        </Field>
        <AgencySelect
          id="edit-point-host"
          name="hostAgencyId"
          label={t.host}
          options={agencies}
          emptyLabel="—"
          defaultValue={point.hostAgencyId ?? ''}
        />
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="isMain" defaultChecked={point.isMain} className="size-4" /> {t.isMain}
        </label>
      </div>
      <button type="submit" className={buttonClass.secondary} disabled={pending}>
        {t.save}
      </button>
      <div className="sm:col-span-4">
        <FormResult form={f} />
      </div>
    </form>
  );
}
