import { describe, expect, it } from 'vitest';
import { sessionFormSchema } from './schemas';
import { agendaEnter, MAX_AGENDA } from './agenda-enter';

const rows = (...titles: string[]) => titles.map((title) => ({ title }));

describe('agendaEnter: Enter in an agenda row adds a row, never saves', () => {
  it('on the last row, a new row after it, focused', () => {
    expect(agendaEnter(rows('Khai mạc'), 0)).toEqual({ insertAt: 1, focus: 1 });
    expect(agendaEnter(rows('Khai mạc', 'Báo cáo'), 1)).toEqual({ insertAt: 2, focus: 2 });
  });

  it('in the middle, a new row right after this one', () => {
    expect(agendaEnter(rows('Khai mạc', 'Bế mạc'), 0)).toEqual({ insertAt: 1, focus: 1 });
  });

  it('moves to the next row when it is still empty, instead of adding another', () => {
    expect(agendaEnter(rows('Khai mạc', ''), 0)).toEqual({ insertAt: null, focus: 1 });
    expect(agendaEnter(rows('Khai mạc', '   '), 0)).toEqual({ insertAt: null, focus: 1 });
  });

  it('stops at the limit the session schema allows', () => {
    const full = rows(...Array.from({ length: MAX_AGENDA }, (_, i) => `Mục ${i + 1}`));
    expect(agendaEnter(full, MAX_AGENDA - 1)).toEqual({ insertAt: null, focus: MAX_AGENDA - 1 });
    const agenda = full.map((r) => ({ ...r, presenter: '' }));
    const base = { committeeId: 1, number: 8, title: 'Phiên họp thứ 8', date: '01/12/2026', time: '08:00' };
    const ok = sessionFormSchema.safeParse({ ...base, format: 'online', status: 'planned', agenda });
    expect(ok.success, JSON.stringify(ok.error?.issues.filter((i) => i.path[0] === 'agenda'))).toBe(true);
    const over = sessionFormSchema.safeParse({
      ...base,
      format: 'online',
      status: 'planned',
      agenda: [...agenda, { title: 'Thêm', presenter: '' }],
    });
    expect(over.error?.issues.some((i) => i.path[0] === 'agenda')).toBe(true);
  });
});
