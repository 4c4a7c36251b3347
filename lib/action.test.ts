import { describe, expect, it } from 'vitest';
import { formDataToObject } from './action';

describe('formDataToObject', () => {
  it('expands dotted names into nested arrays and objects, and collects repeated names', () => {
    const fd = new FormData();
    fd.append('title', 'Phiên họp');
    fd.append('agenda.0.title', 'Một');
    fd.append('agenda.2.title', 'Ba');
    fd.append('deadline.kind', 'dated');
    fd.append('leadAgencyIds', '3');
    fd.append('leadAgencyIds', '5');
    fd.append('$ACTION_ID_abc', '');
    expect(formDataToObject(fd)).toEqual({
      title: 'Phiên họp',
      agenda: [{ title: 'Một' }, { title: 'Ba' }],
      deadline: { kind: 'dated' },
      leadAgencyIds: ['3', '5'],
    });
  });

  it('refuses absurd array indexes', () => {
    const fd = new FormData();
    fd.append('rows.99999999.fullName', 'x');
    expect(() => formDataToObject(fd)).toThrow();
  });
});
