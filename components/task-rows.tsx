'use client';

import Link from '@/components/link';
import type { CSSProperties } from 'react';
import type { Tone } from './ui/badge';

/**
 * One task of a list, as the server hands it over: short keys, codes instead of labels (the labels come once,
 * in `TaskRowLabels`), dates already written dd/MM/yyyy. The rows are a client component only so that 50 of
 * them travel as this small record, not as their markup a second time in the page's server payload.
 */
export type TaskRow = {
  id: number;
  /** The directive's ordinal and text. */
  o: string;
  x: string;
  /** The session ("Phiên họp thứ 7") or, outside a session, the source document. */
  s?: string;
  src?: string;
  /** The lead agency, and the one first assigned when the work was handed over. */
  lead: string;
  from?: string;
  /** The deadline as shown ("30/06/2025", "Khẩn", "Định kỳ (hằng quý)") and the original one when extended. */
  due: string;
  orig?: string;
  days: number | null;
  p: number;
  /** Timeliness and status codes; `soon`: due within the week; `pending`: a completion awaiting confirmation. */
  tl: string;
  st: string;
  soon?: true;
  pending?: true;
  /**
   * The reader leads it and may report on it: a phone's card links straight to the form, the progress update
   * (`u`) or, for a recurring task, its period report (`p`).
   */
  rep?: 'u' | 'p';
};

export type TaskRowLabels = {
  timeliness: Record<string, string>;
  tones: Record<string, Tone>;
  status: Record<string, string>;
  extended: string;
  inheritedFrom: string;
  dueSoon: string;
  awaiting: string;
  select: string;
  report: string;
  periodReport: string;
};

export function TaskRows({ rows, l, selectForm }: { rows: TaskRow[]; l: TaskRowLabels; selectForm?: string }) {
  return rows.map((r) => (
    <tr key={r.id}>
      {selectForm ? (
        <td className="tl-select">
          <input
            type="checkbox"
            name="taskIds"
            value={r.id}
            form={selectForm}
            aria-label={`${l.select}: ${r.o} · ${r.lead}`}
            className="size-4"
          />
        </td>
      ) : null}
      <td>
        <Link href={`/tasks/${r.id}`}>
          <b>{`${r.o}.`}</b> {r.x}
        </Link>
        {r.s ? <small>{r.s}</small> : null}
        {r.src ? <small>{r.src}</small> : null}
        {r.rep ? (
          <Link
            href={`/tasks/${r.id}#${r.rep === 'p' ? 'periods' : 'update'}`}
            className="tl-report"
            aria-label={`${r.rep === 'p' ? l.periodReport : l.report}: ${r.o}`}
          >
            {r.rep === 'p' ? l.periodReport : l.report}
          </Link>
        ) : null}
      </td>
      <td>
        <span>
          {r.lead}
          {r.from ? <small>{`${l.inheritedFrom} ${r.from}`}</small> : null}
        </span>
      </td>
      <td>
        <span className="tabular-nums">
          {r.due}
          {r.orig ? <small>{`${l.extended} ${r.orig}`}</small> : null}
        </span>
      </td>
      <td>{r.days ?? ''}</td>
      <td>
        <span className="progress" style={{ '--p': `${r.p}%` } as CSSProperties}>{`${r.p}%`}</span>
      </td>
      <td>
        <span className={`badge badge-${l.tones[r.tl]}`}>{l.timeliness[r.tl]}</span>
        {r.soon ? <span className="badge badge-warning">{l.dueSoon}</span> : null}
        {r.pending ? <span className="badge badge-warning">{l.awaiting}</span> : null}
        <small>{l.status[r.st]}</small>
      </td>
    </tr>
  ));
}
