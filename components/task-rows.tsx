'use client';

import { escapeHtml as e } from '@/lib/html';
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

/**
 * The rows' markup as one string: what React rendered for them as elements (the same tags, attributes and text,
 * escaped as React escapes), written without an element, a closure or a fiber per cell. A row has no behaviour of
 * its own: its links are plain anchors that `LinkNavigation` follows, its checkbox belongs to the bulk form by its
 * `form` attribute.
 */
export function taskRowsHtml(rows: readonly TaskRow[], l: TaskRowLabels, selectForm?: string): string {
  let html = '';
  for (const r of rows) {
    const o = e(r.o);
    html += '<tr>';
    if (selectForm)
      html += `<td class="tl-select"><input type="checkbox" form="${e(selectForm)}" aria-label="${e(`${l.select}: ${r.o} · ${r.lead}`)}" class="size-4" name="taskIds" value="${r.id}"/></td>`;
    html += `<td><a href="/tasks/${r.id}" data-nav=""><b>${o}.</b> ${e(r.x)}</a>`;
    if (r.s) html += `<small>${e(r.s)}</small>`;
    if (r.src) html += `<small>${e(r.src)}</small>`;
    if (r.rep) {
      const label = r.rep === 'p' ? l.periodReport : l.report;
      html += `<a class="tl-report" aria-label="${e(`${label}: ${r.o}`)}" href="/tasks/${r.id}#${r.rep === 'p' ? 'periods' : 'update'}" data-nav="">${e(label)}</a>`;
    }
    html += `</td><td><span>${e(r.lead)}`;
    if (r.from) html += `<small>${e(`${l.inheritedFrom} ${r.from}`)}</small>`;
    html += `</span></td><td><span class="tabular-nums">${e(r.due)}`;
    if (r.orig) html += `<small>${e(`${l.extended} ${r.orig}`)}</small>`;
    html += `</span></td><td>${r.days ?? ''}</td>`;
    html += `<td><span class="progress" style="--p:${r.p}%">${r.p}%</span></td>`;
    html += `<td><span class="badge badge-${e(l.tones[r.tl] ?? '')}">${e(l.timeliness[r.tl] ?? '')}</span>`;
    if (r.soon) html += `<span class="badge badge-warning">${e(l.dueSoon)}</span>`;
    if (r.pending) html += `<span class="badge badge-warning">${e(l.awaiting)}</span>`;
    html += `<small>${e(l.status[r.st] ?? '')}</small></td></tr>`;
  }
  return html;
}

/**
 * A list's body: the rows as one string of markup in a `<tbody>`. React neither renders the rows' elements for the
 * HTML (about 1,000 for 50 rows) nor hydrates them in the browser: hydration leaves an element's inner HTML as the
 * server wrote it.
 */
export function TaskRows({ rows, l, selectForm }: { rows: TaskRow[]; l: TaskRowLabels; selectForm?: string }) {
  return <tbody dangerouslySetInnerHTML={{ __html: taskRowsHtml(rows, l, selectForm) }} />;
}
