import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterOptions } from './filter-options';

type Options = [string | number, string][];

/** The select as React rendered it before (issue 21, decision 098): an element per option, `defaultValue` on the select. */
const asElements = (value: string | number, options: Options, anyLabel: string) =>
  renderToStaticMarkup(
    createElement(
      'select',
      { id: 'f-x', name: 'x', defaultValue: value, className: 'input' },
      createElement('option', { value: '' }, anyLabel),
      ...options.map(([v, l]) => createElement('option', { key: v, value: v }, l)),
    ),
  );

const asMarkup = (value: string | number, options: Options, anyLabel: string) =>
  renderToStaticMarkup(
    createElement(FilterOptions, { id: 'f-x', name: 'x', value, options, anyLabel, className: 'input' }),
  );

describe("a filter select's options written as one string of markup (issue 21, decision 098)", () => {
  const options: Options = [
    [204, 'Phiên W 200 (06/11/2026)'],
    [3, 'Bộ Tài chính'],
    [30, 'Sở "Nội vụ" & <Văn phòng> Ủy ban\'s'],
    ['cross_cutting', 'Liên ngành'],
    ['a"b&c', 'Giá trị lạ'],
    [2026, '2026'],
  ];

  it('gives the markup React gives for an element per option, whichever option is chosen', () => {
    for (const value of ['', 204, '204', 3, 30, 'cross_cutting', 'a"b&c', 2026, 'none', 999])
      expect(asMarkup(value, options, 'Tất cả <mọi> "cơ quan"'), String(value)).toBe(
        asElements(value, options, 'Tất cả <mọi> "cơ quan"'),
      );
    expect(asMarkup('', [], 'Tất cả')).toBe(asElements('', [], 'Tất cả'));
  });

  it('marks exactly one option selected, the chosen one', () => {
    const html = asMarkup(30, options, 'Tất cả');
    expect(html.match(/selected=""/g)).toHaveLength(1);
    expect(html).toContain(
      '<option value="30" selected="">Sở &quot;Nội vụ&quot; &amp; &lt;Văn phòng&gt; Ủy ban&#x27;s</option>',
    );
    expect(asMarkup('', options, 'Tất cả')).toContain('<option value="" selected="">Tất cả</option>');
  });
});
