import { describe, expect, it } from 'vitest';
import { vnDate } from '@/lib/time';
import { taskUpdateSchema } from './schemas';
import { completedOnDefault } from './update-form';

describe('completedOnDefault: "Ngày hoàn thành" prefilled', () => {
  it('is today (Vietnam calendar, dd/MM/yyyy) for a task not yet completed', () => {
    expect(completedOnDefault({ status: 'in_progress', completedOn: null }, '2026-11-29')).toBe('29/11/2026');
    expect(completedOnDefault({ status: 'not_started', completedOn: null }, '2026-01-05')).toBe('05/01/2026');
    // 23:30 UTC on 30 November is already 1 December in Hà Nội.
    const late = vnDate(new Date('2026-11-30T23:30:00Z'));
    expect(completedOnDefault({ status: 'in_progress', completedOn: null }, late)).toBe('01/12/2026');
  });

  it("keeps a completed task's own date, so re-saving keeps its completion", () => {
    expect(completedOnDefault({ status: 'completed', completedOn: '2026-10-02' }, '2026-11-29')).toBe('02/10/2026');
  });

  it('a save with the prefilled date reads as today, so the completion is not back-dated', () => {
    const today = vnDate();
    const v = taskUpdateSchema.parse({
      taskId: 1,
      version: 3,
      status: 'completed',
      progress: 100,
      completedOn: completedOnDefault({ status: 'in_progress', completedOn: null }, today),
      completionDocument: 'Báo cáo số 12/BC-BNV',
    });
    expect(v.completedOn).toBe(today);
  });
});
