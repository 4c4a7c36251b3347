import Link from '@/components/link';
import type { Messages } from '@/lib/i18n/vi';
import type { Timeliness, TimelinessClass, TimelinessCounts } from '@/lib/tasks/timeliness';
import { TIMELINESS_CLASSES } from '@/lib/tasks/timeliness-classes';
import { formatCount } from '@/lib/reports/rates';
import { Badge, type Tone } from './ui/badge';

export const TIMELINESS_TONE: Record<Timeliness, Tone> = {
  completed_on_time: 'success',
  completed_late: 'warning',
  in_progress_on_time: 'info',
  overdue: 'danger',
  undated: 'brand',
  recurring: 'neutral',
  cancelled: 'neutral',
};

export function TimelinessBadge({ value, t }: { value: Timeliness; t: Messages }) {
  return <Badge tone={TIMELINESS_TONE[value]}>{t.timeliness[value]}</Badge>;
}

const ACCENT: Record<TimelinessClass, string> = {
  completed_on_time: 'border-l-emerald-600',
  completed_late: 'border-l-amber-500',
  in_progress_on_time: 'border-l-sky-600',
  overdue: 'border-l-red-600',
  undated: 'border-l-brand-600',
  recurring: 'border-l-slate-400',
};

/** Counts per class; each links to the list of exactly the tasks it counts. */
export function TimelinessCountCards({
  counts,
  t,
  href,
  locale = 'vi',
}: {
  counts: TimelinessCounts;
  t: Messages;
  href: (c: TimelinessClass) => string;
  locale?: 'vi' | 'en';
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" aria-label={t.tasks.timeliness}>
      {TIMELINESS_CLASSES.map((c) => (
        <li key={c}>
          <Link href={href(c)} className={`count-card ${ACCENT[c]}`} data-testid={`count-${c}`}>
            <span>{formatCount(counts[c], locale)}</span>
            <small>{t.timeliness[c]}</small>
          </Link>
        </li>
      ))}
    </ul>
  );
}
