import { getTranslations } from 'next-intl/server';
import Link from '@/components/link';
import { Badge, type Tone } from '@/components/ui/badge';
import type { FirstStep, FirstSteps } from '@/lib/first-steps/queries';
import type { Messages } from '@/lib/i18n';

const TONE: Record<FirstStep['state'], Tone> = { todo: 'warning', waiting: 'info', done: 'success' };

/**
 * A new deployment's first steps (decision 094): an ordered list, each step with its state in words (a screen reader
 * reads "Tạo Ban Chỉ đạo, Đã xong"), what it holds so far, and a link to where it is done. Folded once all are done.
 */
export async function FirstStepsList({
  firstSteps,
  t,
  open = false,
}: {
  firstSteps: FirstSteps;
  t: Messages;
  /** Asked for from the brief line's link: the list shown open. */
  open?: boolean;
}) {
  const tr = await getTranslations('firstSteps');
  const f = t.firstSteps;
  const required = firstSteps.steps.filter((s) => s.key !== 'mail');
  const done = required.filter((s) => s.state === 'done').length;
  const current = firstSteps.steps.find((s) => s.key !== 'mail' && s.state !== 'done')?.key;
  const stateText = (s: FirstStep) =>
    s.key === 'mail'
      ? s.state === 'done'
        ? f.mailOnState
        : f.mailOffState
      : { todo: f.stateTodo, waiting: f.stateWaiting, done: f.stateDone }[s.state];
  const detail = (s: FirstStep): string => {
    const c = s.counts;
    switch (s.key) {
      case 'committee':
        return s.state === 'done' ? tr('committeeCount', { count: c.committees ?? 0 }) : f.committeeHint;
      case 'members':
        return s.state === 'done' ? tr('membersCount', { count: c.members ?? 0 }) : f.membersHint;
      case 'agencyHeads':
        return c.accounts
          ? `${f.agencyHeadsHint} ${tr('agencyHeadsCount', {
              accounts: c.accounts,
              reached: c.reached ?? 0,
              invited: c.invited ?? 0,
              lapsed: c.lapsed ?? 0,
            })}`
          : f.agencyHeadsHint;
      case 'mail':
        return s.state === 'done' ? f.mailOn : f.mailOff;
      case 'session':
        return s.state === 'done' ? tr('sessionCount', { count: c.sessions ?? 0 }) : f.sessionHint;
    }
  };
  const list = (
    <ol className="space-y-3" data-testid="first-steps-list">
      {firstSteps.steps.map((s, i) => (
        <li
          key={s.key}
          data-testid={`first-step-${s.key}`}
          data-state={s.state}
          aria-current={s.key === current ? 'step' : undefined}
          className={`flex gap-3 rounded-lg border px-3 py-2.5 ${
            s.key === current ? 'border-brand-100 bg-brand-50' : 'border-slate-200'
          }`}
        >
          <span
            aria-hidden="true"
            className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
              s.state === 'done' ? 'bg-emerald-700 text-white' : 'border border-slate-400 text-slate-700'
            }`}
          >
            {s.state === 'done' ? '✓' : i + 1}
          </span>
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              {s.href ? (
                <Link href={s.href} className="font-medium text-brand-800 underline underline-offset-2">
                  {f[s.key]}
                </Link>
              ) : (
                <span className="font-medium text-slate-900">{f[s.key]}</span>
              )}
              <Badge tone={s.key === 'mail' && s.state !== 'done' ? 'warning' : TONE[s.state]}>{stateText(s)}</Badge>
            </p>
            <p className="mt-1 text-sm text-slate-700">{detail(s)}</p>
            {s.altHref ? (
              <p className="mt-1 text-sm">
                <Link href={s.altHref} className="text-brand-700 underline">
                  {f.membersImport}
                </Link>
              </p>
            ) : null}
            {s.href === null && s.key !== 'mail' ? <p className="mt-1 text-xs text-slate-600">{f.byAdmin}</p> : null}
            {s.href && s.key === 'mail' && s.state !== 'done' ? (
              <p className="mt-1 text-sm">
                <Link href={s.href} className="text-brand-700 underline">
                  {t.jobs.outbox}
                </Link>
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
  // The home page's brief read (decision 101): all done, nothing counted; the list is a link away.
  if (firstSteps.allDone && required.length === 0)
    return (
      <p
        className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm sm:px-5"
        data-testid="first-steps"
      >
        <span className="font-medium text-slate-800">{f.allDoneBrief}</span>
        <Link href="/?firstSteps=all#first-steps" className="text-brand-700 underline">
          {f.review}
        </Link>
      </p>
    );
  if (firstSteps.allDone)
    return (
      <details
        className="rounded-xl border border-slate-200 bg-white shadow-sm"
        data-testid="first-steps"
        id="first-steps"
        open={open || undefined}
      >
        <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800 sm:px-5">{f.allDone}</summary>
        <div className="px-4 pb-4 sm:px-5">{list}</div>
      </details>
    );
  return (
    <section
      aria-labelledby="first-steps-title"
      data-testid="first-steps"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3 sm:px-5">
        <h2 id="first-steps-title" className="text-base font-semibold text-slate-900">
          {f.title}
        </h2>
        <p className="text-sm text-slate-700" data-testid="first-steps-progress">
          {tr('progress', { done, total: required.length })}
        </p>
      </div>
      <div className="px-4 py-4 sm:px-5">
        <p className="mb-3 text-sm text-slate-600">{f.intro}</p>
        {list}
      </div>
    </section>
  );
}
