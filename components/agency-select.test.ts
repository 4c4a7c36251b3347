import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AgencySelect } from './agency-select';

const options = [
  { id: 3, name: 'Bộ Nội vụ' },
  { id: 7, name: 'UBND tỉnh Tuyên Quang' },
];
const html = (props: ComponentProps<typeof AgencySelect>) => renderToStaticMarkup(createElement(AgencySelect, props));

describe('AgencySelect', () => {
  it('lists the agencies by name with their ids as values, after the empty option when one is named', () => {
    expect(html({ id: 'point-host', name: 'hostAgencyId', options, emptyLabel: '—', defaultValue: '' })).toBe(
      '<select id="point-host" class="' +
        html({ id: 'x', options: [] }).match(/class="([^"]*)"/)![1] +
        '" name="hostAgencyId"><option value="" selected="">—</option><option value="3">Bộ Nội vụ</option>' +
        '<option value="7">UBND tỉnh Tuyên Quang</option></select>',
    );
    expect(html({ id: 'reassign-lead', name: 'leadAgencyId', options })).not.toContain('<option value="">');
  });

  it('selects the saved agency, or several in a multiple select', () => {
    expect(html({ id: 'h', options, emptyLabel: '—', defaultValue: 7 })).toContain('<option value="7" selected="">');
    const multi = html({ id: 'c', name: 'coordinatorIds', options, multiple: true, size: 4, defaultValue: ['3', '7'] });
    expect(multi).toContain('multiple=""');
    expect(multi).toContain('<option value="3" selected="">');
    expect(multi).toContain('<option value="7" selected="">');
  });

  it('with a label, comes in a Field whose label names it and whose error describes it', () => {
    const out = html({ id: 'reassign-lead', name: 'leadAgencyId', options, label: 'Cơ quan chủ trì', error: 'Sai.' });
    expect(out).toContain('<label for="reassign-lead"');
    expect(out).toContain('>Cơ quan chủ trì</label>');
    expect(out).toContain('aria-invalid="true"');
    expect(out).toContain('aria-describedby="reassign-lead-error"');
    expect(out).toContain('<p id="reassign-lead-error" class="mt-1 text-sm text-red-700">Sai.</p>');
    expect(html({ id: 'p', options, label: 'Cơ quan' })).not.toContain('aria-invalid');
  });
});
