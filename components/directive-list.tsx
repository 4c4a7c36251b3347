import type { ReactNode } from 'react';
import Link from '@/components/link';
import type { DirectiveLink, TaskSummary } from '@/lib/directives/queries';
import type { Messages } from '@/lib/i18n/vi';
import { assignmentSentence, type AgencyGroup } from '@/lib/minutes/compose';
import { Badge } from './ui/badge';

export type DirectiveRow = {
  id: number;
  ordinal: string;
  parentId: number | null;
  text: string;
  isAssessment: boolean;
  isCrossCutting: boolean;
  isConfidential: boolean;
  sourceDocument: string | null;
  areaCodes: string[];
  tasks: TaskSummary[];
  /** The earlier session's directive this one continues, and the later ones continuing it (decision 036). */
  continues?: DirectiveLink | null;
  continuedBy?: DirectiveLink[];
};

function linkTo(l: DirectiveLink, t: Messages['directives']) {
  return (
    <Link
      href={`/sessions/${l.sessionId}/directives#directive-${l.id}`}
      className="text-brand-700 underline-offset-2 hover:underline"
    >
      {t.itemOfSession.replace('{ordinal}', l.ordinal).replace('{number}', String(l.sessionNumber))}
    </Link>
  );
}

/** A session's directives as numbered items (2, 2a …; confidential ones M1, M1a …) with their areas and assignment. */
export function DirectiveList({
  items,
  areaLabel,
  t,
  actions,
  groups = [],
}: {
  items: DirectiveRow[];
  areaLabel: (code: string) => string;
  t: Messages['directives'];
  actions?: (item: DirectiveRow) => ReactNode;
  /** Groups named as a whole (lib/minutes/queries assignableGroups): "các bộ, cơ quan ngang bộ", not "51 cơ quan (…)". */
  groups?: AgencyGroup[];
}) {
  if (items.length === 0) return <p className="text-slate-600">{t.none}</p>;
  return (
    <ol className="space-y-3" data-testid="directive-list">
      {items.map((d) => {
        const sentence = assignmentSentence(d.tasks, groups, t.assignment);
        // A sub-item shows its letter ("a)" of 3a or M1a); a confidential one under a public item has its own number (M2).
        const letter = d.parentId ? /^M?\d+(\D.*)$/.exec(d.ordinal)?.[1] : undefined;
        return (
          <li
            key={d.id}
            id={`directive-${d.id}`}
            className={`rounded-lg border border-slate-200 p-3 ${d.parentId ? 'ml-6 sm:ml-10' : ''}`}
            data-testid="directive"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="max-w-3xl">
                <span className="font-semibold">{letter ? `${letter})` : `${d.ordinal}.`}</span> {d.text}
              </p>
              {actions ? <div className="flex items-center gap-2">{actions(d)}</div> : null}
            </div>
            <div className="mt-2 flex flex-wrap gap-1.5">
              {d.areaCodes.map((c) => (
                <Badge key={c} tone="brand">
                  {areaLabel(c)}
                </Badge>
              ))}
              {d.isCrossCutting ? <Badge>{t.crossCutting}</Badge> : null}
              {d.isAssessment ? <Badge tone="neutral">{t.assessment}</Badge> : null}
              {d.isConfidential ? <Badge tone="danger">{t.confidential}</Badge> : null}
              {d.sourceDocument ? <Badge tone="info">{d.sourceDocument}</Badge> : null}
            </div>
            {d.continues || d.continuedBy?.length ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="directive-links">
                {d.continues ? (
                  <>
                    <span className="font-medium">{t.continues}:</span> {linkTo(d.continues, t)}
                  </>
                ) : null}
                {d.continues && d.continuedBy?.length ? ' · ' : null}
                {d.continuedBy?.length ? (
                  <>
                    <span className="font-medium">{t.continuedBy}:</span>{' '}
                    {d.continuedBy.map((l, i) => (
                      <span key={l.id}>
                        {i > 0 ? ', ' : null}
                        {linkTo(l, t)}
                      </span>
                    ))}
                  </>
                ) : null}
              </p>
            ) : null}
            {!d.isAssessment ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="assignment">
                <span className="font-medium">{t.tasks}:</span>{' '}
                {sentence ?? (items.some((c) => c.parentId === d.id && c.tasks.length > 0) ? t.bySubItems : t.noTasks)}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
