import { describe, expect, it } from 'vitest';
import { vi } from '@/lib/i18n/vi';
import { deadlineNote } from './timeline-text';

const labels = vi.task;

describe('the deadline line of a timeline entry', () => {
  it('says the change of deadline made', () => {
    expect(deadlineNote('deadline_changed', { from: '2027-06-30', to: '2027-07-31' }, labels)).toBe(
      '30/06/2027 → 31/07/2027',
    );
  });

  it('says the date an extension granted, and the date asked when the secretariat granted another', () => {
    const asked = { accepted: true, dueDate: '2027-12-31', requestedDueDate: '2027-12-31' };
    expect(deadlineNote('extension_decided', asked, labels)).toBe('chấp thuận đến 31/12/2027');
    const other = { accepted: true, dueDate: '2027-09-30', requestedDueDate: '2027-12-31' };
    expect(deadlineNote('extension_decided', other, labels)).toBe('chấp thuận đến 30/09/2027 (đề nghị 31/12/2027)');
    // Entries written before the granted date was kept apart carry the date asked only.
    expect(deadlineNote('extension_decided', { accepted: true, dueDate: '2027-12-31' }, labels)).toBe(
      'chấp thuận đến 31/12/2027',
    );
    expect(deadlineNote('extension_decided', { accepted: false, dueDate: '2027-12-31' }, labels)).toBe('Không đồng ý');
  });

  it('adds nothing to other entries or to entries without data', () => {
    expect(deadlineNote('urged', { to: '2027-01-01' }, labels)).toBeNull();
    expect(deadlineNote('deadline_changed', null, labels)).toBeNull();
    expect(deadlineNote('extension_decided', 'x', labels)).toBeNull();
  });
});
