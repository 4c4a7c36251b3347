import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, vnDate, vnToInstant } from '@/lib/time';
import {
  classifyTask,
  countedCompletedOn,
  daysOverdue,
  isAwaitingConfirmation,
  timelinessRates,
  type ClassifiableTask,
} from './timeliness';

const dated = (due: string, extra: Partial<ClassifiableTask> = {}): ClassifiableTask => ({
  status: 'in_progress',
  deadlineKind: 'dated',
  dueDate: due,
  originalDueDate: due,
  completedOn: null,
  ...extra,
});

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('a task due 31/03/2024, whatever the server time zone', () => {
  for (const tz of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh']) {
    it(`is not overdue at 23:59 on 31/03 and is at 00:00 on 01/04 Vietnam time (TZ=${tz})`, () => {
      process.env.TZ = tz;
      // The zone really changed for this process (New York is behind UTC in spring).
      const offset = new Date('2024-03-31T12:00:00Z').getTimezoneOffset();
      expect(offset).toBe(tz === 'America/New_York' ? 240 : tz === 'UTC' ? 0 : -420);

      const task = dated('2024-03-31');
      const lastMinute = new Date('2024-03-31T23:59:00+07:00');
      const midnight = new Date('2024-04-01T00:00:00+07:00');
      expect(vnDate(lastMinute)).toBe('2024-03-31');
      expect(classifyTask(task, vnDate(lastMinute))).toBe('in_progress_on_time');
      expect(vnDate(midnight)).toBe('2024-04-01');
      expect(classifyTask(task, vnDate(midnight))).toBe('overdue');
      // The same instants built from Vietnam wall-clock time.
      expect(vnToInstant('2024-04-01', '00:00').getTime()).toBe(midnight.getTime());
    });
  }
});

describe('classifyTask', () => {
  it('puts each kind of task in its class', () => {
    const today = '2024-06-01';
    expect(classifyTask(dated('2024-05-31', { status: 'completed', completedOn: '2024-05-31' }), today)).toBe(
      'completed_on_time',
    );
    expect(classifyTask(dated('2024-05-31', { status: 'completed', completedOn: '2024-06-01' }), today)).toBe(
      'completed_late',
    );
    expect(classifyTask(dated('2024-06-01'), today)).toBe('in_progress_on_time');
    expect(classifyTask(dated('2024-05-31'), today)).toBe('overdue');
    expect(classifyTask(dated('2024-05-31', { status: 'not_started' }), today)).toBe('overdue');
    expect(
      classifyTask({ ...dated('2024-01-01'), deadlineKind: 'urgent', dueDate: null, originalDueDate: null }, today),
    ).toBe('undated');
    expect(
      classifyTask({ ...dated('2024-01-01'), deadlineKind: 'recurring', dueDate: null, originalDueDate: null }, today),
    ).toBe('recurring');
    expect(classifyTask(dated('2024-05-31', { status: 'cancelled' }), today)).toBe('cancelled');
  });

  it('measures against the original deadline when asked, so an extension shows as late', () => {
    const task = dated('2025-06-30', { originalDueDate: '2024-12-31', status: 'completed', completedOn: '2025-05-20' });
    expect(classifyTask(task, '2026-01-01', 'current')).toBe('completed_on_time');
    expect(classifyTask(task, '2026-01-01', 'original')).toBe('completed_late');
  });

  it('property: around Vietnam midnight, a task turns overdue exactly when the Vietnam date passes its due date', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -120, max: 120 }), (due, minutesFromMidnight) => {
        // An instant near 00:00 Vietnam time on the day after `due`.
        const instant = new Date(vnToInstant(addDays(due, 1)).getTime() + minutesFromMidnight * 60_000);
        const cls = classifyTask(dated(due), vnDate(instant));
        expect(cls).toBe(minutesFromMidnight >= 0 ? 'overdue' : 'in_progress_on_time');
      }),
      { numRuns: 2000 },
    );
  });

  it('property: a completed task is on time iff completed on or before the due date', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), day, (due, offset, today) => {
        const completedOn = addDays(due, offset);
        const cls = classifyTask(dated(due, { status: 'completed', completedOn }), today);
        expect(cls).toBe(offset <= 0 ? 'completed_on_time' : 'completed_late');
      }),
    );
  });
});

describe('a back-dated completion (decision 023)', () => {
  it('counts by the day it was reported until confirmed, then by its own date', () => {
    const done = dated('2024-05-31', {
      status: 'completed',
      completedOn: '2024-05-30',
      completionReportedOn: '2026-11-30',
      completionConfirmedAt: null,
    });
    expect(isAwaitingConfirmation(done)).toBe(true);
    expect(countedCompletedOn(done)).toBe('2026-11-30');
    expect(classifyTask(done, '2026-11-30')).toBe('completed_late');
    const confirmed = { ...done, completionConfirmedAt: new Date() };
    expect(isAwaitingConfirmation(confirmed)).toBe(false);
    expect(classifyTask(confirmed, '2026-11-30')).toBe('completed_on_time');
    // Reported the day it was completed: nothing to confirm.
    expect(isAwaitingConfirmation({ ...done, completionReportedOn: '2024-05-30' })).toBe(false);
  });
});

describe('timelinessRates', () => {
  it('rates are over the tasks that have come due', () => {
    const r = timelinessRates({
      completed_on_time: 6,
      completed_late: 2,
      in_progress_on_time: 100,
      overdue: 2,
      undated: 50,
      recurring: 50,
    });
    expect(r.completionRate).toBeCloseTo(0.8);
    expect(r.overdueRate).toBeCloseTo(0.2);
  });

  it('is null when nothing has come due', () => {
    const r = timelinessRates({
      completed_on_time: 0,
      completed_late: 0,
      in_progress_on_time: 3,
      overdue: 0,
      undated: 1,
      recurring: 0,
    });
    expect(r.completionRate).toBeNull();
  });
});

describe('số ngày quá hạn (days overdue)', () => {
  it('counts Vietnam calendar days from the deadline: none on the day, 1 the day after, across month ends', () => {
    const task = dated('2024-03-31');
    expect(daysOverdue(task, '2024-03-31')).toBeNull();
    expect(daysOverdue(task, vnDate(new Date('2024-04-01T00:00:00+07:00')))).toBe(1);
    expect(daysOverdue(task, '2024-04-30')).toBe(30);
    expect(daysOverdue(dated('2023-12-31'), '2024-03-01')).toBe(61);
  });

  it('is empty for tasks that are not overdue: completed (even late), undated, recurring, cancelled', () => {
    const today = '2024-06-01';
    expect(daysOverdue(dated('2024-03-31', { status: 'completed', completedOn: '2024-05-01' }), today)).toBeNull();
    expect(daysOverdue({ ...dated('2024-03-31'), deadlineKind: 'urgent', dueDate: null }, today)).toBeNull();
    expect(daysOverdue({ ...dated('2024-03-31'), deadlineKind: 'recurring' }, today)).toBeNull();
    expect(daysOverdue(dated('2024-03-31', { status: 'cancelled' }), today)).toBeNull();
  });

  it('measures against the original deadline on that basis', () => {
    const extended = dated('2024-05-31', { originalDueDate: '2024-03-31' });
    expect(daysOverdue(extended, '2024-04-10')).toBeNull();
    expect(daysOverdue(extended, '2024-04-10', 'original')).toBe(10);
  });

  it('equals the days from the deadline to today for every overdue task', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 2000 }), (start, late) => {
        const due = addDays('2020-01-01', start);
        expect(daysOverdue(dated(due), addDays(due, late))).toBe(late);
      }),
    );
  });
});
