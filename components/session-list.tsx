import Link from '@/components/link';
import type { Messages } from '@/lib/i18n/vi';
import type { SessionListItem } from '@/lib/sessions/queries';
import { formatDateTime } from '@/lib/time';
import { Badge } from './ui/badge';
import { useTranslations } from 'next-intl';

export function SessionList({ sessions, t }: { sessions: SessionListItem[]; t: Messages }) {
  const tr = useTranslations();
  if (sessions.length === 0) return <p className="text-slate-600">{t.sessions.none}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {sessions.map((s) => (
        <li key={s.id} className="py-3 first:pt-0 last:pb-0">
          <Link href={`/sessions/${s.id}`} className="group block">
            <span className="block font-medium text-brand-700 group-hover:underline">{s.title}</span>
            <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
              <span className="tabular-nums">{formatDateTime(s.startsAt)}</span>
              <span>{t.sessionFormat[s.format]}</span>
              <span>{tr('counts.sessionSummary', { points: s.pointCount, attendees: s.attendeeCount })}</span>
              <Badge tone={s.status === 'minutes_published' ? 'success' : 'neutral'}>{t.sessionStatus[s.status]}</Badge>
            </span>
            <span className="mt-0.5 block text-xs text-slate-500">{s.committeeName}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
