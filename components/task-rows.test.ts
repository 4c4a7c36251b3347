import { createElement as h, type CSSProperties } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { vi } from '@/lib/i18n/vi';
import Link from './link';
import { TIMELINESS_TONE } from './timeliness';
import { taskRowsHtml, type TaskRow, type TaskRowLabels } from './task-rows';

/** The rows as React rendered them before decision 098: elements, written here with `createElement`. */
function rowsAsElements(rows: TaskRow[], l: TaskRowLabels, selectForm?: string) {
  return rows.map((r) =>
    h(
      'tr',
      { key: r.id },
      selectForm
        ? h(
            'td',
            { className: 'tl-select' },
            h('input', {
              type: 'checkbox',
              name: 'taskIds',
              value: r.id,
              form: selectForm,
              'aria-label': `${l.select}: ${r.o} · ${r.lead}`,
              className: 'size-4',
            }),
          )
        : null,
      h(
        'td',
        null,
        h(Link, { href: `/tasks/${r.id}` }, h('b', null, `${r.o}.`), ' ', r.x),
        r.s ? h('small', null, r.s) : null,
        r.src ? h('small', null, r.src) : null,
        r.rep
          ? h(
              Link,
              {
                href: `/tasks/${r.id}#${r.rep === 'p' ? 'periods' : 'update'}`,
                className: 'tl-report',
                'aria-label': `${r.rep === 'p' ? l.periodReport : l.report}: ${r.o}`,
              },
              r.rep === 'p' ? l.periodReport : l.report,
            )
          : null,
      ),
      h('td', null, h('span', null, r.lead, r.from ? h('small', null, `${l.inheritedFrom} ${r.from}`) : null)),
      h(
        'td',
        null,
        h('span', { className: 'tabular-nums' }, r.due, r.orig ? h('small', null, `${l.extended} ${r.orig}`) : null),
      ),
      h('td', null, r.days ?? ''),
      h('td', null, h('span', { className: 'progress', style: { '--p': `${r.p}%` } as CSSProperties }, `${r.p}%`)),
      h(
        'td',
        null,
        h('span', { className: `badge badge-${l.tones[r.tl]}` }, l.timeliness[r.tl]),
        r.soon ? h('span', { className: 'badge badge-warning' }, l.dueSoon) : null,
        r.pending ? h('span', { className: 'badge badge-warning' }, l.awaiting) : null,
        h('small', null, l.status[r.st]),
      ),
    ),
  );
}

const labels: TaskRowLabels = {
  timeliness: vi.timeliness,
  tones: TIMELINESS_TONE,
  status: vi.taskStatus,
  extended: vi.tasks.extended,
  inheritedFrom: vi.tasks.inheritedFrom,
  dueSoon: vi.tasks.dueSoon,
  awaiting: vi.task.awaitingConfirmation,
  select: vi.tasks.select,
  report: vi.task.update,
  periodReport: vi.task.periodReport,
};

const rows: TaskRow[] = [
  {
    id: 1,
    o: '3',
    x: 'Rà soát, cắt giảm thủ tục hành chính',
    s: 'Phiên họp thứ 7',
    lead: 'Bộ Tư pháp',
    due: '30/06/2025',
    days: 12,
    p: 40,
    tl: 'overdue',
    st: 'in_progress',
    rep: 'u',
  },
  {
    id: 22,
    o: '4a',
    x: `Văn bản có "ngoặc", <thẻ>, & và dấu ' <script>alert(1)</script>`,
    src: 'Công văn số 12/CV-"BCĐ" <b>&amp;</b>',
    lead: `Sở "Nội vụ" & <Ban> O'Neil`,
    from: 'UBND tỉnh Hà Giang',
    due: '01/01/2026',
    orig: '15/12/2025',
    days: null,
    p: 0,
    tl: 'in_progress_on_time',
    st: 'not_started',
    soon: true,
    pending: true,
    rep: 'p',
  },
  {
    id: 333,
    o: '1',
    x: 'Định kỳ',
    lead: 'Bộ Nội vụ',
    due: 'Định kỳ (hằng quý)',
    days: 0,
    p: 100,
    tl: 'completed_late',
    st: 'completed',
  },
];

/** React separates adjacent text with `<!-- -->` for its hydration; markup nobody hydrates needs none. */
const withoutTextSeparators = (html: string) => html.replaceAll('<!-- -->', '');

describe("a task list's rows written as one string of markup (issue 21, decision 098)", () => {
  it('gives the markup React gave for the rows as elements, with and without the bulk form', () => {
    for (const form of [undefined, 'bulk']) {
      expect(taskRowsHtml(rows, labels, form), String(form)).toBe(
        withoutTextSeparators(renderToStaticMarkup(h('tbody', null, rowsAsElements(rows, labels, form)))).slice(
          '<tbody>'.length,
          -'</tbody>'.length,
        ),
      );
    }
    expect(taskRowsHtml([], labels)).toBe('');
  });

  it("escapes a directive's, an agency's and a source's text, so none of it becomes markup", () => {
    const html = taskRowsHtml(rows, labels, 'bulk');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<thẻ>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Sở &quot;Nội vụ&quot; &amp; &lt;Ban&gt; O&#x27;Neil');
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });
});
